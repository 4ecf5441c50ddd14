using System.Diagnostics;
using System.Net;
using Cqo.TestSupport;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>
/// The real host as its own operating-system process (the built Cqo.Host.dll run from its project
/// folder, as the README's run command does), configured through environment variables.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _log;

    private HostProcess(Process process, string log, string url)
    {
        _process = process;
        _log = log;
        Url = url;
    }

    public string Url { get; }

    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var hostFolder = Path.Combine(RepositoryRoot(), "host", "Cqo.Host");
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
        var dll = Path.Combine(hostFolder, "bin", configuration, "net10.0", "Cqo.Host.dll");
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var log = Path.Combine(Path.GetTempPath(), $"cqo-host-{Guid.NewGuid():N}.log");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = hostFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = url;
        foreach (var (key, value) in settings.Concat(TestLogFile.ProcessSettings(TestLogFile.HostProcess)))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dll} did not start.");
        var output = File.CreateText(log);
        process.OutputDataReceived += (_, e) => Write(output, e.Data);
        process.ErrorDataReceived += (_, e) => Write(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProcess(process, log, url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) }; // the first request compiles a lot on two cores
        for (var i = 0; i < 240; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode}: {host.Log()}");
            }

            try
            {
                if ((await http.GetAsync($"{url}/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or still starting
            }

            await Task.Delay(250);
        }

        await host.DisposeAsync();
        throw new TimeoutException($"The host at {url} did not get ready in a minute: {host.Log()}");
    }

    /// <summary>What the process wrote so far.</summary>
    public string Log()
    {
        using var reader = new StreamReader(new FileStream(_log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Write(StreamWriter output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Cqo.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Cqo.slnx not found above the test folder.");
    }
}
