using System.Globalization;
using Microsoft.Extensions.Hosting;

namespace Cqo.Platform.Time;

/// <summary>
/// A clock that reads the instant from a file (<c>Clock:File</c>), so that several host processes in
/// one test share one simulated time that the test moves. Refused in Production: real hosts run on
/// the system clock.
/// </summary>
public sealed class FileClock : TimeProvider
{
    public const string Setting = "Clock:File";

    private readonly string _path;
    private DateTime _readAt = DateTime.MinValue;
    private DateTimeOffset _now;

    private FileClock(string path)
    {
        _path = path;
        _now = Read() ?? throw new InvalidOperationException($"{Setting} names '{path}', which does not hold an ISO 8601 instant.");
    }

    public static TimeProvider From(string? path, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(path) ? System
        : environment.IsProduction() ? throw new InvalidOperationException($"{Setting} is for tests; a production host runs on the system clock.")
        : new FileClock(path);

    public override DateTimeOffset GetUtcNow()
    {
        var written = File.GetLastWriteTimeUtc(_path);
        if (written != _readAt)
        {
            _now = Read() ?? _now; // a file caught mid-write keeps the last instant
            _readAt = written;
        }

        return _now;
    }

    private DateTimeOffset? Read() =>
        DateTimeOffset.TryParse(File.ReadAllText(_path).Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.ToUniversalTime()
            : null;
}
