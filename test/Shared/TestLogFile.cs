using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;
using Serilog.Formatting.Compact;

namespace Cqo.TestSupport;

/// <summary>
/// Where a test host writes its log events while <see cref="DirectoryVariable"/> is set (build.ps1's test
/// target sets it, then scans the files for personal ID numbers): one file per host instance, one JSON
/// line per event carrying the rendered message, the exception and every property. Linked into each test
/// project that starts hosts and into the one that scans.
/// </summary>
internal static class TestLogFile
{
    public const string DirectoryVariable = "CQO_TEST_LOG_DIR";

    public const string Extension = ".jsonl";

    /// <summary>The in-process hosts of the integration tests (<c>WebApplicationFactory</c>).</summary>
    public const string Integration = "integration";

    /// <summary>The hosts the integration tests start as their own processes.</summary>
    public const string HostProcess = "host-process";

    /// <summary>The host the browser tests drive.</summary>
    public const string Browser = "browser";

    private const string FormatterType = "Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact";

    /// <summary>
    /// Gives an in-process host a file sink of its own, picked up by the host's <c>ReadFrom.Services</c>; call
    /// it once per host built. (Configuration cannot do it here: <c>WebApplicationFactory</c> passes settings
    /// as command-line arguments, which turn a named <c>Serilog:WriteTo</c> section into an empty sink name.)
    /// </summary>
    public static void AddTo(IServiceCollection services, string hostKind)
    {
        if (NewPath(hostKind) is { } path)
        {
            // Created by the container, so disposed (and the file closed) with the host.
            services.AddSingleton<ILogEventSink>(_ => new LoggerConfiguration()
                .MinimumLevel.Verbose()
                .WriteTo.File(new RenderedCompactJsonFormatter(), path)
                .CreateLogger());
        }
    }

    /// <summary>
    /// Settings (for environment variables) adding the file to a host process's Serilog configuration; none
    /// when the variable is not set. Call it once per process started.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ProcessSettings(string hostKind) =>
        NewPath(hostKind) is { } path
            ? new Dictionary<string, string>
            {
                ["Serilog:Using:TestLogFile"] = "Serilog.Sinks.File",
                // A named entry, so it adds to any WriteTo list of appsettings rather than replacing one of its entries.
                ["Serilog:WriteTo:TestLogFile:Name"] = "File",
                ["Serilog:WriteTo:TestLogFile:Args:path"] = path,
                ["Serilog:WriteTo:TestLogFile:Args:formatter"] = FormatterType,
            }
            : new Dictionary<string, string>();

    private static string? NewPath(string hostKind)
    {
        var directory = Environment.GetEnvironmentVariable(DirectoryVariable);
        return string.IsNullOrWhiteSpace(directory)
            ? null
            : Path.Combine(Path.GetFullPath(directory), $"{hostKind}-{Guid.NewGuid():N}{Extension}");
    }
}
