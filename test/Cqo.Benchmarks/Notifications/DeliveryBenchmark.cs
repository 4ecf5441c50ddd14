using System.Diagnostics;
using Cqo.Benchmarks.Registry;
using Cqo.Notifications.Contracts;
using Npgsql;

namespace Cqo.Benchmarks.Notifications;

/// <summary>
/// One host delivery run: mails sent, seconds from the run's answer until none was pending (the measure), how many
/// were sent before that answer or more than once, and from the deliveries' own times (the host's clock, the same
/// machine's): how long after the answer the first mail went, and how long the first to the last took.
/// </summary>
internal sealed record HostDelivery(long Mails, double Seconds, long SentEarly, long Retried, double FirstAfterSeconds, double SpanSeconds, long DispatchJobs)
{
    public double PerSecond => Mails / Seconds;

    /// <summary>Throughput once sending had begun: the job's pick-up from the queue left out.</summary>
    public double SendingPerSecond => SpanSeconds > 0 ? (Mails - 1) / SpanSeconds : 0;
}

/// <summary>
/// The delivery figures: per run the host's and the bare loop's, the holders reachable, the messages' mean size,
/// the past days' deliveries in the table, and the plan of the dispatcher's claimed-batch read after the last run.
/// </summary>
internal sealed record DeliveryResults(
    int Holders, IReadOnlyList<HostDelivery> Host, IReadOnlyList<double> BareSeconds, int BareMails, double MeanBytes, long History, QueryPlan ClaimedPlan)
{
    public double HostPerSecond => Statistics.Median(Host.Select(h => h.PerSecond));

    public double BarePerSecond => Statistics.Median(BareSeconds.Select(s => BareMails / s));

    public double Ratio => HostPerSecond / BarePerSecond;

    public double HostSendingPerSecond => Statistics.Median(Host.Select(h => h.SendingPerSecond));
}

/// <summary>
/// Delivery throughput on a host with its job server and SMTP at the sink. The day's reachable holders are cut to
/// <see cref="NotificationsOptions.Mails"/> (the others' accounts set to awaiting approval, which the directory
/// skips), so a run records the whole day's reminders but only that many e-mails. Each run: the tables cleared,
/// the rule run through the API (it queues the dispatcher as it answers), then the database polled every
/// <see cref="s_poll"/> until no e-mail is pending. The bare loop sends the same messages after each host run.
/// </summary>
internal static class DeliveryBenchmark
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(100);

    public static async Task<DeliveryResults> MeasureAsync(
        BenchContext context, NotificationsOptions options, NpgsqlDataSource database, RuleClient rules, ExpiryRun run, TimeSpan runTime, int smtpPort)
    {
        var cancellationToken = context.CancellationToken;
        var log = context.Log;
        var holders = await LimitHoldersAsync(database, run, options.Mails, cancellationToken);
        log.WriteLine($"  {holders:N0} holders reachable; {options.DeliveryRuns} runs after a warm-up");
        if (options.DeliveryHistory > 0)
        {
            log.WriteLine($"  adding {options.DeliveryHistory:N0} sent deliveries of past days to the log...");
            var adding = Stopwatch.StartNew();
            await RawReminders.AddHistoryAsync(database, run, options.DeliveryHistory, cancellationToken);
            log.WriteLine($"    done in {adding.Elapsed.TotalSeconds:F1} s");
        }

        var host = new List<HostDelivery>();
        var bare = new List<double>();
        List<MailRow>? rows = null;
        for (var i = 0; i <= options.DeliveryRuns; i++)
        {
            var label = i == 0 ? "warm-up" : $"run {i}/{options.DeliveryRuns}";
            await RawReminders.ClearAsync(database, cancellationToken);
            await AfterTheMinuteJobAsync(runTime, cancellationToken);
            var started = await NowAsync(database, cancellationToken);
            await rules.RunAsync(run.RuleId, cancellationToken);
            var answered = await NowAsync(database, cancellationToken);
            var watch = Stopwatch.StartNew();
            var deadline = TimeSpan.FromSeconds(Math.Max(300, holders));
            while (await RawReminders.PendingEmailsAsync(database, cancellationToken) > 0)
            {
                if (watch.Elapsed > deadline)
                {
                    var stuck = await RawReminders.CountAsync(database, cancellationToken);
                    throw new BenchmarkFailedException($"E-mails still pending after {deadline.TotalSeconds:F0} s: {stuck.Describe()}.");
                }

                await Task.Delay(s_poll, cancellationToken);
            }

            var polled = watch.Elapsed.TotalSeconds;
            var counts = await RawReminders.CountAsync(database, cancellationToken);
            var sent = counts.Count(NotificationChannel.Email, DeliveryStatus.Sent);
            var times = await SendTimesAsync(database, answered, cancellationToken);
            // The job is queued before the answer leaves the host and may start sending while it travels: the clock then starts at the first mail.
            var seconds = polled + Math.Max(0, -times.FirstAfter);
            if (sent == 0 || counts.Deliveries.Keys.Any(k => k.Channel == nameof(NotificationChannel.Email) && k.Status != nameof(DeliveryStatus.Sent)))
            {
                throw new BenchmarkFailedException($"Not every e-mail was sent: {counts.Describe()}.");
            }

            rows ??= await BareMailer.LoadAsync(database, cancellationToken);
            var bareSeconds = (await BareMailer.SendAsync(smtpPort, rows, cancellationToken)).TotalSeconds;
            var result = new HostDelivery(sent, seconds, times.Early, times.Retried, times.FirstAfter, times.Span, await DispatchJobsAsync(database, started, cancellationToken));
            log.WriteLine($"    {label}: host {sent:N0} mails in {seconds:F2} s ({result.PerSecond:F0}/s; first after {times.FirstAfter:F2} s, then {result.SendingPerSecond:F0}/s; {result.DispatchJobs} dispatch jobs; {times.Early} sent before the run answered, {times.Retried} retried); bare {rows.Count:N0} in {bareSeconds:F2} s ({rows.Count / bareSeconds:F0}/s)");
            if (i > 0)
            {
                host.Add(result);
                bare.Add(bareSeconds);
            }
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var claimedPlan = await RawReminders.ClaimedPlanAsync(connection, "after the last delivery run", cancellationToken);
        return new DeliveryResults(holders, host, bare, rows!.Count, BareMailer.MeanBytes(rows), options.DeliveryHistory, claimedPlan);
    }

    /// <summary>
    /// Leaves the accounts of <paramref name="mails"/> due holders (the first by id) approved and sets the other
    /// generated holders' to awaiting approval; returns how many stay reachable.
    /// </summary>
    private static async Task<int> LimitHoldersAsync(NpgsqlDataSource database, ExpiryRun run, int mails, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            $"""
            WITH chosen AS (
                SELECT DISTINCT c."HolderUserId" AS id
                FROM certification."Certificates" AS c
                JOIN identity."Users" AS u ON u."Id" = c."HolderUserId"
                WHERE c."Status" = 'Valid' AND c."ValidUntil" = ANY(@days) AND u."UserName" LIKE '{HolderAccounts.UserNamePrefix}%'
                ORDER BY 1
                LIMIT @mails)
            UPDATE identity."Users" AS u SET "Approval" = CASE WHEN u."Id" IN (SELECT id FROM chosen) THEN 'Approved' ELSE 'Pending' END
            WHERE u."UserName" LIKE '{HolderAccounts.UserNamePrefix}%'
            RETURNING u."Approval"
            """);
        command.Parameters.AddWithValue("days", run.EventDays);
        command.Parameters.AddWithValue("mails", mails);
        var approved = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            approved += reader.GetString(0) == "Approved" ? 1 : 0;
        }

        return approved;
    }

    /// <summary>
    /// The host's minute dispatch job must not send what a run has recorded before the run answers (the clock would
    /// start late): a run that fits in a minute starts just after a minute's turn. Mails sent early are counted anyway.
    /// </summary>
    private static async Task AfterTheMinuteJobAsync(TimeSpan runTime, CancellationToken cancellationToken)
    {
        // The minute job is queued at the minute's turn and a worker takes it within a second or two.
        const double Earliest = 5;
        var latest = 55 - runTime.TotalSeconds;
        if (latest < Earliest)
        {
            return;
        }

        var now = DateTime.UtcNow;
        var second = now.Second + (now.Millisecond / 1000.0);
        if (second < Earliest || second > latest)
        {
            await Task.Delay(TimeSpan.FromSeconds(second < Earliest ? Earliest - second : 60 + Earliest - second), cancellationToken);
        }
    }

    private static async Task<DateTimeOffset> NowAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT now()");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetFieldValue<DateTimeOffset>(0);
    }

    private static async Task<(long Early, long Retried, double FirstAfter, double Span)> SendTimesAsync(
        NpgsqlDataSource database, DateTimeOffset answered, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            """
            SELECT count(*) FILTER (WHERE "SentAt" < @answered), count(*) FILTER (WHERE "Attempts" > 1),
                extract(epoch FROM min("SentAt") - @answered)::float8, extract(epoch FROM max("SentAt") - min("SentAt"))::float8
            FROM notifications."Deliveries" WHERE "Channel" = 'Email' AND "RuleId" <> @history
            """);
        command.Parameters.AddWithValue("answered", answered);
        command.Parameters.AddWithValue("history", RawReminders.HistoryRuleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3));
    }

    /// <summary>
    /// The host's dispatch jobs (the one the run queued, and the minute job if it came round) that were running
    /// while the run's e-mails went out, from Hangfire's own state history.
    /// </summary>
    private static async Task<long> DispatchJobsAsync(NpgsqlDataSource database, DateTimeOffset started, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            """
            WITH mails AS (
                SELECT min("SentAt") AS first, max("SentAt") AS last FROM notifications."Deliveries" WHERE "Channel" = 'Email' AND "RuleId" <> @history
            ), jobs AS (
                SELECT s.jobid, min(s.createdat) FILTER (WHERE s.name = 'Processing') AS began,
                    max(s.createdat) FILTER (WHERE s.name IN ('Succeeded', 'Failed', 'Deleted')) AS ended
                FROM hangfire.state AS s
                JOIN hangfire.job AS j ON j.id = s.jobid
                WHERE j.invocationdata::text LIKE '%DispatchDeliveriesJob%' AND s.createdat >= @started
                GROUP BY s.jobid
            )
            SELECT count(*) FROM jobs, mails WHERE jobs.began <= mails.last AND coalesce(jobs.ended, 'infinity') >= mails.first
            """);
        command.Parameters.AddWithValue("history", RawReminders.HistoryRuleId);
        command.Parameters.AddWithValue("started", started);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
