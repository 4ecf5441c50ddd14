using System.Diagnostics;
using Cqo.Benchmarks.Infrastructure;

namespace Cqo.Benchmarks.Startup;

/// <summary>Starts one child app, times it to its first healthy answer, reads its memory, then kills it.</summary>
internal static class StartupProbe
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_requestTimeout = TimeSpan.FromSeconds(5);

    // Memory right at first healthy still includes start-up garbage and lazy work in flight; a second
    // reading after a short settle is closer to what an idle host costs.
    private static readonly TimeSpan s_settle = TimeSpan.FromSeconds(2);

    public static async Task<StartupSample> MeasureAsync(ChildApp app, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = app.StartInfo(baseAddress);

        // A fresh client per run: no pooled connection from an earlier child can answer for this one.
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = s_requestTimeout };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)
            ?? throw new BenchmarkFailedException($"Could not start '{Dotnet.Executable} {app.Dll}'.");
        var output = OutputTail.Attach(process);
        try
        {
            var timeToHealthy = await ChildProcess.WaitUntilHealthyAsync(
                process, http, stopwatch, output, s_startTimeout, s_pollInterval, cancellationToken);
            var atHealthy = MemorySnapshot.Of(process);
            await Task.Delay(s_settle, cancellationToken);
            if (process.HasExited)
            {
                throw new BenchmarkFailedException(
                    $"{Path.GetFileName(app.Dll)} exited with {process.ExitCode} after becoming healthy.", output.Lines);
            }

            return new StartupSample(timeToHealthy, atHealthy, MemorySnapshot.Of(process));
        }
        finally
        {
            await ChildProcess.StopAsync(process, output);
        }
    }
}
