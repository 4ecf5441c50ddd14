using System.Globalization;
using System.Text;

namespace Cqo.Benchmarks.Startup;

/// <summary>A subject's name and its kept samples.</summary>
internal sealed record StartupRow(string Subject, IReadOnlyList<StartupSample> Samples);

/// <summary>Renders the start-up measurements as markdown; every ratio is against the baseline row.</summary>
internal static class StartupTable
{
    public static double MiB(long bytes) => bytes / 1024.0 / 1024.0;

    public static string Render(int runs, StartupRow baseline, IReadOnlyList<StartupRow> others)
    {
        var baseTime = MedianMilliseconds(baseline);
        var baseRss = MedianMiB(baseline, s => s.Settled.RssBytes);
        var markdown = new StringBuilder();
        markdown.AppendLine("| Subject | Runs | Median time to first healthy response (ms) | p90 / max (ms) | Median RSS after start: at first healthy / after 2 s (MiB) | Ratio to bare app (time / memory) |");
        markdown.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var row in (IEnumerable<StartupRow>)[baseline, .. others])
        {
            var times = row.Samples.Select(s => s.TimeToHealthy.TotalMilliseconds).ToArray();
            var time = Statistics.Median(times);
            var rss = MedianMiB(row, s => s.Settled.RssBytes);
            markdown.AppendLine(Invariant(
                $"| {row.Subject} | {row.Samples.Count} | {time:F0} | {Statistics.Percentile(times, 90):F0} / {Statistics.Max(times):F0} | {MedianMiB(row, s => s.AtHealthy.RssBytes):F1} / {rss:F1} | {time / baseTime:F2} / {rss / baseRss:F2} |"));
        }

        markdown.AppendLine();
        markdown.AppendLine(Invariant(
            $"Time is the wall-clock from starting `dotnet <dll>` (Release build, Production environment) to the first 200 from `GET /health/ready`, polled every 20 ms; RSS is the child's resident memory ({RssSource}) at that moment and after a 2-second settle; each subject ran {runs} times after one discarded warm-up, and the ratios (time, and memory after settling) are against the bare app measured in the same run."));

        markdown.AppendLine();
        markdown.AppendLine("Memory detail (medians, MiB):");
        markdown.AppendLine();
        markdown.AppendLine("| Subject | Working set at first healthy | VmRSS at first healthy | Working set after 2 s | VmRSS after 2 s |");
        markdown.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var row in (IEnumerable<StartupRow>)[baseline, .. others])
        {
            markdown.AppendLine(Invariant(
                $"| {row.Subject} | {MedianMiB(row, s => s.AtHealthy.WorkingSetBytes):F1} | {VmRss(row, s => s.AtHealthy)} | {MedianMiB(row, s => s.Settled.WorkingSetBytes):F1} | {VmRss(row, s => s.Settled)} |"));
        }

        return markdown.ToString();
    }

    private static string RssSource => OperatingSystem.IsLinux() ? "VmRSS from /proc/<pid>/status" : "the process working set";

    private static double MedianMilliseconds(StartupRow row) =>
        Statistics.Median(row.Samples.Select(s => s.TimeToHealthy.TotalMilliseconds));

    private static double MedianMiB(StartupRow row, Func<StartupSample, long> bytes) =>
        Statistics.Median(row.Samples.Select(s => MiB(bytes(s))));

    /// <summary>"n/a" off Linux, where there is no /proc to read.</summary>
    private static string VmRss(StartupRow row, Func<StartupSample, MemorySnapshot> at)
    {
        var values = row.Samples.Select(s => at(s).VmRssBytes).OfType<long>().Select(MiB).ToArray();
        return values.Length == row.Samples.Count ? Invariant($"{Statistics.Median(values):F1}") : "n/a";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
