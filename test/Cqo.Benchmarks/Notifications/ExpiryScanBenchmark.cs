using System.Diagnostics;
using Cqo.Benchmarks.Registry;
using Npgsql;

namespace Cqo.Benchmarks.Notifications;

/// <summary>One subject's timed runs of the day's expiry scan.</summary>
internal sealed record ScanTimings(IReadOnlyList<double> Seconds)
{
    public double Median => Statistics.Median(Seconds);

    public double Min => Seconds.Min();

    public double Max => Statistics.Max(Seconds);
}

/// <summary>
/// The day's expiry scan: the host's rule run against the raw scan and the raw set-based run, with what each run
/// recorded (the same on both writers, checked), the plans of the scan and of the dispatcher's claimed-batch read.
/// </summary>
internal sealed record ScanResults(
    ExpiryRun Run,
    int Due,
    RunCounts Counts,
    ScanTimings RawScan,
    ScanTimings Host,
    ScanTimings RawWrite,
    IReadOnlyList<QueryPlan> Plans)
{
    public double HostOverScan => Host.Median / RawScan.Median;

    public double HostOverWrite => Host.Median / RawWrite.Median;

    public double RemindersPerSecond => Counts.Reminders / Host.Median;

    /// <summary>The accounts made for the due holders before the runs.</summary>
    public HolderAccountsResult? Accounts { get; init; }
}

/// <summary>
/// Each measured run, after one discarded warm-up of each subject: the raw scan (read only), the host's
/// <c>POST /api/notifications/rules/{id}/run</c>, then the raw run writing the same rows set-based, in that order,
/// every run's reminders and deliveries deleted (and the tables vacuumed) before the next writer, so each does the
/// whole day's work. Nothing else runs on the host: no job server.
/// </summary>
internal static class ExpiryScanBenchmark
{
    public static async Task<ScanResults> MeasureAsync(BenchContext context, NpgsqlDataSource database, RuleClient rules, ExpiryRun run)
    {
        var cancellationToken = context.CancellationToken;
        var log = context.Log;
        await RawReminders.ClearAsync(database, cancellationToken);
        var due = await RawReminders.ScanAsync(database, run, cancellationToken);
        log.WriteLine($"  {due:N0} certificates due on {run.Window.Today:yyyy-MM-dd} (event days {Days(run)})");

        var (rawScan, host, rawWrite) = (new List<double>(), new List<double>(), new List<double>());
        RunCounts? hostCounts = null;
        List<QueryPlan> plans = [];
        for (var i = 0; i <= context.Runs; i++)
        {
            var warmup = i == 0;
            var label = warmup ? "warm-up" : $"run {i}/{context.Runs}";

            var watch = Stopwatch.StartNew();
            var scanned = await RawReminders.ScanAsync(database, run, cancellationToken);
            var scanSeconds = watch.Elapsed.TotalSeconds;
            Expect(scanned == due, $"The raw scan read {scanned:N0} certificates, {due:N0} before.");

            var (recorded, elapsed) = await rules.RunAsync(run.RuleId, cancellationToken);
            var counts = await RawReminders.CountAsync(database, cancellationToken);
            Expect(recorded == due && counts.Reminders == due, $"The host recorded {recorded:N0} reminders ({counts.Reminders:N0} stored) for {due:N0} due certificates.");
            if (i == context.Runs)
            {
                // The plans on a day's rows: the dispatcher's read of the batch it claimed has the whole table to look through.
                plans = await PlansAsync(database, run, cancellationToken);
            }

            await RawReminders.ClearAsync(database, cancellationToken);

            watch.Restart();
            await RawReminders.WriteAsync(database, run, DateTimeOffset.UtcNow, cancellationToken);
            var writeSeconds = watch.Elapsed.TotalSeconds;
            var raw = await RawReminders.CountAsync(database, cancellationToken);
            Expect(raw.Reminders == counts.Reminders && raw.Describe() == counts.Describe(), $"The raw run stored {raw.Reminders:N0} reminders and {raw.Describe()}; the host {counts.Reminders:N0} and {counts.Describe()}.");
            await RawReminders.ClearAsync(database, cancellationToken);

            log.WriteLine($"    {label}: raw scan {scanSeconds:F3} s; host {elapsed.TotalSeconds:F2} s ({recorded:N0} reminders, {counts.Describe()}); raw run {writeSeconds:F3} s");
            hostCounts = counts;
            if (!warmup)
            {
                rawScan.Add(scanSeconds);
                host.Add(elapsed.TotalSeconds);
                rawWrite.Add(writeSeconds);
            }
        }

        return new ScanResults(run, due, hostCounts!, new ScanTimings(rawScan), new ScanTimings(host), new ScanTimings(rawWrite), plans);
    }

    public static string Days(ExpiryRun run) => string.Join(", ", run.EventDays.Select(d => d.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task<List<QueryPlan>> PlansAsync(NpgsqlDataSource database, ExpiryRun run, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var scan = RawReminders.Scan(connection, run);
        var scanPlan = await QueryPlans.ExplainAsync("Due certificates (the source's query)", "scan", scan, cancellationToken);
        var claimedPlan = await RawReminders.ClaimedPlanAsync(connection, "after a scan run", cancellationToken);
        return [scanPlan, claimedPlan];
    }

    private static void Expect(bool condition, string failure)
    {
        if (!condition)
        {
            throw new BenchmarkFailedException(failure);
        }
    }
}
