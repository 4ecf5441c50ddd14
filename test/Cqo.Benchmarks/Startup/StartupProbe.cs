using System.Diagnostics;
using System.Net;
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
        var start = StartInfo(app, baseAddress);

        // A fresh client per run: no pooled connection from an earlier child can answer for this one.
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = s_requestTimeout };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)
            ?? throw new BenchmarkFailedException($"Could not start '{Dotnet.Executable} {app.Dll}'.");
        var output = OutputTail.Attach(process);
        try
        {
            var timeToHealthy = await WaitUntilHealthyAsync(process, http, stopwatch, output, cancellationToken);
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
            await StopAsync(process, output);
        }
    }

    private static ProcessStartInfo StartInfo(ChildApp app, Uri baseAddress)
    {
        var start = new ProcessStartInfo(Dotnet.Executable)
        {
            ArgumentList = { app.Dll, "--urls", baseAddress.ToString().TrimEnd('/') },
            WorkingDirectory = app.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (app.ContentRoot is not null)
        {
            start.ArgumentList.Add("--contentRoot");
            start.ArgumentList.Add(app.ContentRoot);
        }

        // Production, whatever the caller's shell says: that is the configuration being measured.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in app.Environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static async Task<TimeSpan> WaitUntilHealthyAsync(
        Process process, HttpClient http, Stopwatch stopwatch, OutputTail output, CancellationToken cancellationToken)
    {
        while (stopwatch.Elapsed < s_startTimeout)
        {
            if (process.HasExited)
            {
                await output.WaitAsync();
                throw new BenchmarkFailedException(
                    $"{Path.GetFileName(process.StartInfo.ArgumentList[0])} exited with {process.ExitCode} before it was healthy.",
                    output.Lines);
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

            await Task.Delay(s_pollInterval, cancellationToken);
        }

        throw new BenchmarkFailedException(
            $"{Path.GetFileName(process.StartInfo.ArgumentList[0])} did not answer 200 on /health/ready within {s_startTimeout.TotalSeconds:F0} s.",
            output.Lines);
    }

    /// <summary>Kills the whole tree: nothing from one run may still hold a port or the database in the next.</summary>
    private static async Task StopAsync(Process process, OutputTail output)
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
