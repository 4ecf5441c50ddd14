using System.Diagnostics;
using System.Net;

namespace Cqo.Benchmarks.Infrastructure;

/// <summary>Waiting for a started child to answer its readiness probe, and stopping it without leftovers.</summary>
internal static class ChildProcess
{
    /// <summary>Polls <c>GET /health/ready</c> until 200; returns the stopwatch's reading at that moment.</summary>
    public static async Task<TimeSpan> WaitUntilHealthyAsync(
        Process process,
        HttpClient http,
        Stopwatch stopwatch,
        OutputTail output,
        TimeSpan timeout,
        TimeSpan pollInterval,
        CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(process.StartInfo.ArgumentList[0]);
        while (stopwatch.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                await output.WaitAsync();
                throw new BenchmarkFailedException($"{name} exited with {process.ExitCode} before it was healthy.", output.Lines);
            }

            try
            {
                using var response = await http.GetAsync("/health/ready", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return stopwatch.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the normal case until Kestrel starts.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One request timed out; the overall deadline decides when to give up.
            }

            await Task.Delay(pollInterval, cancellationToken);
        }

        throw new BenchmarkFailedException(
            $"{name} did not answer 200 on /health/ready within {timeout.TotalSeconds:F0} s.", output.Lines);
    }

    /// <summary>Kills the whole tree: nothing from one run may still hold a port or the database in the next.</summary>
    public static async Task StopAsync(Process process, OutputTail output)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited (it failed, or it died between the check and the kill).
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Reported by the next run if it matters (port or files still held); do not hang here.
        }

        await output.WaitAsync();
    }
}
