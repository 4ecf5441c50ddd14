using System.Diagnostics;

namespace Cqo.Benchmarks.Infrastructure;

/// <summary>A child app started on a free loopback port and kept running until disposed (then killed, tree and all).</summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly OutputTail _output;

    private RunningApp(Process process, OutputTail output, Uri baseAddress)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The child's last output lines, to attach to a failure.</summary>
    public IReadOnlyList<string> Output => _output.Lines;

    /// <summary>Starts the app and returns once it answers 200 on <c>/health/ready</c>.</summary>
    public static async Task<RunningApp> StartAsync(ChildApp app, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var process = Process.Start(app.StartInfo(baseAddress))
            ?? throw new BenchmarkFailedException($"Could not start '{Dotnet.Executable} {app.Dll}'.");
        var output = OutputTail.Attach(process);
        try
        {
            await ChildProcess.WaitUntilHealthyAsync(
                process, http, Stopwatch.StartNew(), output, timeout, s_pollInterval, cancellationToken);
            return new RunningApp(process, output, baseAddress);
        }
        catch
        {
            await ChildProcess.StopAsync(process, output);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Fails with the child's output when it died, so a crash is not mistaken for a slow answer.</summary>
    public void EnsureRunning()
    {
        if (_process.HasExited)
        {
            throw new BenchmarkFailedException(
                $"{Path.GetFileName(_process.StartInfo.ArgumentList[0])} exited with {_process.ExitCode}.", Output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ChildProcess.StopAsync(_process, _output);
        _process.Dispose();
    }
}
