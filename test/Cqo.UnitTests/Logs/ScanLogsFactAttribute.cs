namespace Cqo.UnitTests.Logs;

/// <summary>
/// A test of the log files a whole test run left behind: build.ps1's test target runs it last, with
/// <see cref="DirectoryVariable"/> naming the folder; any other run skips it.
/// </summary>
public sealed class ScanLogsFactAttribute : FactAttribute
{
    public const string DirectoryVariable = "CQO_SCAN_LOG_DIR";

    public ScanLogsFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(DirectoryVariable)))
        {
            Skip = $"Scans a test run's logs: run by build.ps1's test target after the other suites ({DirectoryVariable} is not set).";
        }
    }
}
