using System.Text.Json;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.TestSupport;
using Xunit.Abstractions;

namespace Cqo.UnitTests.Logs;

/// <summary>
/// No personal ID number in any log line of a whole test run: the hosts of the integration and browser
/// tests write every event to files (see <see cref="TestLogFile"/>), and the tests register hundreds of
/// people, so a number that reaches a message, a property or an exception's text shows up here.
/// </summary>
public sealed class TestRunLogScanTests(ITestOutputHelper output)
{
    // A scan of nothing proves nothing: in CI, where every suite must run, each kind of host must have
    // written, and more than a handful of lines.
    private const int MinimumLinesInCi = 1_000;
    private const int FindingsShown = 50;

    private static readonly string[] s_hostKinds = [TestLogFile.Integration, TestLogFile.HostProcess, TestLogFile.Browser];

    [ScanLogsFact]
    public void No_log_line_of_the_test_run_holds_a_personal_id_number()
    {
        var folder = Path.GetFullPath(Environment.GetEnvironmentVariable(ScanLogsFactAttribute.DirectoryVariable)!);
        Directory.Exists(folder).ShouldBeTrue($"{folder} does not exist: no test host wrote a log there.");
        var files = Directory.GetFiles(folder, "*" + TestLogFile.Extension).Order(StringComparer.Ordinal).ToList();
        var finder = new PersonalIdNumberFinder(LiteralIdNumbers.In(RepositoryRoot()));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var lines = 0;
        var findings = new List<string>();
        foreach (var file in files)
        {
            foreach (var (line, number) in ReadLines(file))
            {
                lines++;
                findings.AddRange(finder.Find(line, today).Distinct(StringComparer.Ordinal)
                    .Select(id => $"{Path.GetFileName(file)}:{number}: {PersonalIdMask.Mask(id)} logged by {SourceOf(line)}"));
            }
        }

        output.WriteLine($"Scanned {lines} lines in {files.Count} files of {folder} for resident ID numbers and {finder.Known.Count} literal ones.");
        files.ShouldNotBeEmpty($"No *{TestLogFile.Extension} file in {folder}: the test hosts wrote no logs, so nothing was scanned.");
        lines.ShouldBeGreaterThan(0, $"The log files in {folder} are all empty: nothing was scanned.");
        finder.Known.Count.ShouldBeGreaterThan(0, "No literal ID number found in the test sources: has the layout changed?");
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            s_hostKinds.Where(kind => !files.Any(f => Path.GetFileName(f).StartsWith(kind + "-", StringComparison.Ordinal)))
                .ShouldBeEmpty("In CI every kind of test host must have left a log");
            lines.ShouldBeGreaterThanOrEqualTo(MinimumLinesInCi, "In CI a full test run logs more than this: were the suites run?");
        }

        findings.ShouldBeEmpty(
            $"{findings.Count} personal ID number(s) in the logs of {folder} (file:line, masked here):{Environment.NewLine}" +
            string.Join(Environment.NewLine, findings.Take(FindingsShown)));
    }

    private static IEnumerable<(string Line, int Number)> ReadLines(string file)
    {
        // A host that outlived its test may still hold the file open for writing.
        using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            yield return (line, ++number);
        }
    }

    private static string SourceOf(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.TryGetProperty("SourceContext", out var source) ? source.ToString() : "(no source context)";
        }
        catch (JsonException)
        {
            return "(not a JSON line)";
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
