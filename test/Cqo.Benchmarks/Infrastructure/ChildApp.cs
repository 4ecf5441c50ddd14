using System.Diagnostics;

namespace Cqo.Benchmarks.Infrastructure;

/// <summary>How to start one subject: its dll, optional content root, and extra environment.</summary>
internal sealed record ChildApp(
    string Dll,
    string WorkingDirectory,
    string? ContentRoot,
    IReadOnlyDictionary<string, string> Environment)
{
    public string Name => Path.GetFileName(Dll);

    /// <summary><c>dotnet &lt;dll&gt; --urls &lt;baseAddress&gt;</c> with both streams redirected, in Production.</summary>
    public ProcessStartInfo StartInfo(Uri baseAddress)
    {
        var start = new ProcessStartInfo(Dotnet.Executable)
        {
            ArgumentList = { Dll, "--urls", baseAddress.ToString().TrimEnd('/') },
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (ContentRoot is not null)
        {
            start.ArgumentList.Add("--contentRoot");
            start.ArgumentList.Add(ContentRoot);
        }

        // Production, whatever the caller's shell says: that is the configuration being measured.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
