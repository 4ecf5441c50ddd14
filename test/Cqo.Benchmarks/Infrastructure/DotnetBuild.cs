using System.Diagnostics;

namespace Cqo.Benchmarks.Infrastructure;

/// <summary>Builds the measured apps once, in Release, so every run starts the same binaries.</summary>
internal static class DotnetBuild
{
    public static async Task ReleaseAsync(IEnumerable<BuiltApp> apps, TextWriter log, CancellationToken cancellationToken)
    {
        foreach (var app in apps)
        {
            log.WriteLine($"Building {Path.GetFileName(app.Project)} (Release)...");
            var stopwatch = Stopwatch.StartNew();
            await BuildAsync(app.Project, cancellationToken);
            log.WriteLine($"  built in {stopwatch.Elapsed.TotalSeconds:F1} s");

            if (!File.Exists(app.Dll))
            {
                throw new BenchmarkFailedException($"The build succeeded but '{app.Dll}' does not exist.");
            }
        }
    }

    private static async Task BuildAsync(string project, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Dotnet.Executable)
        {
            ArgumentList = { "build", project, "-c", "Release", "--nologo", "-v", "minimal" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)
            ?? throw new BenchmarkFailedException($"Could not start '{Dotnet.Executable} build'.");
        var output = OutputTail.Attach(process);
        try
        {
            // Waits for the exit only, not for end of output: build server nodes may hold the pipes open.
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await output.WaitAsync();
        if (process.ExitCode != 0)
        {
            throw new BenchmarkFailedException(
                $"dotnet build {Path.GetFileName(project)} exited with {process.ExitCode}.", output.Lines);
        }
    }
}
