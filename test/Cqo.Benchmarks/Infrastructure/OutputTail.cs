using System.Diagnostics;

namespace Cqo.Benchmarks.Infrastructure;

/// <summary>
/// Drains a child's redirected stdout and stderr (a full pipe would block the child) and keeps the last
/// lines, which are what explain a failure.
/// </summary>
internal sealed class OutputTail
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();
    private readonly int _capacity;
    private readonly Task _drained;

    private OutputTail(Process process, int capacity)
    {
        _capacity = capacity;
        _drained = Task.WhenAll(
            DrainAsync(process.StandardOutput, ""),
            DrainAsync(process.StandardError, "[stderr] "));
    }

    /// <summary>Starts draining a process started with both streams redirected.</summary>
    public static OutputTail Attach(Process process, int capacity = 60) => new(process, capacity);

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>
    /// Waits briefly for the pipes to close. Bounded, because a grandchild that inherited the pipes
    /// (an MSBuild node, say) may keep them open long after the child exited.
    /// </summary>
    public Task WaitAsync() => Task.WhenAny(_drained, Task.Delay(TimeSpan.FromSeconds(2)));

    private async Task DrainAsync(StreamReader reader, string prefix)
    {
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                lock (_gate)
                {
                    _lines.Enqueue(prefix + line);
                    if (_lines.Count > _capacity)
                    {
                        _lines.Dequeue();
                    }
                }
            }
        }
        catch (ObjectDisposedException)
        {
            // The process was disposed while we were reading: nothing more to keep.
        }
        catch (IOException)
        {
            // The pipe broke when the process tree was killed: same.
        }
    }
}
