using System.Text;
using Cqo.Benchmarks.Certification;
using Cqo.Benchmarks.Registry;
using static Cqo.Benchmarks.Registry.RegistryReport;

namespace Cqo.Benchmarks.Notifications;

/// <summary>Renders the notifications section: a summary of the ratios, then the data, the scan, the delivery and the plans.</summary>
internal static class NotificationsReport
{
    public static string Render(
        NotificationsOptions options,
        NotificationsFacts facts,
        CertificationData data,
        IReadOnlyList<GenerationStep> steps,
        ScanResults scan,
        DeliveryResults? delivery,
        string? deliveryMissing)
    {
        var md = new StringBuilder();
        Line(md, $"No target yet: the issue asks for the figures and their ratios to raw SQL on the same rows (the scan) and to a bare MailKit loop to the same SMTP sink (delivery), measured in the same run on the same database. For the scan, host time / raw time (lower is better); for delivery, host throughput / bare throughput (higher is better).");
        RenderSummary(md, scan, delivery, deliveryMissing);
        RenderData(md, options, facts, data, steps, scan);
        RenderScan(md, scan);
        RenderDelivery(md, options, delivery, deliveryMissing);
        RenderPlans(
            md,
            [.. scan.Plans, .. delivery is null ? [] : new[] { delivery.ClaimedPlan }],
            "EXPLAIN (ANALYZE, BUFFERS), warm: the source's scan (the raw scan's command, which the host's EF Core query matches) after the last measured scan run, and the read with which the dispatcher loads the batch it has just claimed (a new lease id, so no row matches), with the last scan run's rows stored and after the last delivery run.");
        return md.ToString();
    }

    private static void RenderSummary(StringBuilder md, ScanResults scan, DeliveryResults? delivery, string? deliveryMissing)
    {
        md.AppendLine();
        md.AppendLine("| Measure | Host | Baseline | Host / baseline |");
        md.AppendLine("|---|---:|---:|---:|");
        Line(md, $"| Daily expiry scan, {scan.Due:N0} due: the host's run against the raw scan (s, median) | {scan.Host.Median:F2} | {scan.RawScan.Median:F3} | {scan.HostOverScan:F1} |");
        Line(md, $"| Daily expiry scan: the host's run against the raw set-based run (s, median) | {scan.Host.Median:F2} | {scan.RawWrite.Median:F3} | {scan.HostOverWrite:F1} |");
        if (delivery is not null)
        {
            Line(md, $"| Delivery of {delivery.BareMails:N0} e-mails to a local SMTP sink, from the run's answer to none pending (mails/s, median) | {delivery.HostPerSecond:F0} | {delivery.BarePerSecond:F0} | {delivery.Ratio:F2} |");
            Line(md, $"| Delivery, from the first mail to the last (the queued job's pick-up left out) | {delivery.HostSendingPerSecond:F0} | {delivery.BarePerSecond:F0} | {delivery.HostSendingPerSecond / delivery.BarePerSecond:F2} |");
        }
        else
        {
            Line(md, $"| Delivery to a local SMTP sink | skipped: {deliveryMissing} | | |");
        }
    }

    private static void RenderData(
        StringBuilder md, NotificationsOptions options, NotificationsFacts facts, CertificationData data, IReadOnlyList<GenerationStep> steps, ScanResults scan)
    {
        md.AppendLine();
        var accounts = scan.Accounts;
        Line(md, $"**Data** (PostgreSQL {facts.ServerVersion} with {facts.Durability}: each e-mail the dispatcher settles is a commit of its own, which a durable server makes dearer; a fresh database; Cqo.Host in Release and Production, migrated and seeded at start; everything on the same machine; load average (1/5/15 min) at the start and end: {facts.Load.Before} / {facts.Load.After}): {options.Certificates:N0} certificates generated as the certification section generates them (issued {CertificatePlan.FirstDay:yyyy-MM-dd} to the day before {data.Plan.Today:yyyy-MM-dd}, three years of validity, renewals, re-issues, expiries, suspensions, revocations; {CertificationReport.Statuses(data)}; Certificates {facts.CertificatesSize} with indexes). The holders due today were made reachable: {accounts?.CertificatesGivenAHolder ?? 0:N0} due certificates without a holder account id were given one, and {accounts?.Accounts ?? 0:N0} approved individual accounts with an e-mail address were inserted for them (`identity.\"Users\"`, set-based), as the user directory finds them.");
        md.AppendLine();
        RenderSteps(md, steps);
    }

    private static void RenderScan(StringBuilder md, ScanResults scan)
    {
        var window = scan.Run.Window;
        md.AppendLine();
        md.AppendLine("### Daily expiry scan");
        md.AppendLine();
        Line(md, $"The seeded rule `certificate-expiry` (event `certification.certificate-expiring`: offsets {string.Join("/", window.Offsets)} days before the last day of validity, {window.CatchUpDays} catch-up days, holders, e-mail and inbox) run for {window.Today:yyyy-MM-dd} (Asia/Shanghai): reminders fall due from {window.From:yyyy-MM-dd} to {window.Today:yyyy-MM-dd}, so the source asks for valid certificates whose last day is one of {scan.Run.EventDays.Length} event days ({ExpiryScanBenchmark.Days(scan.Run)}). **{scan.Due:N0} certificates are due**, each one reminder at the nearest offset. A run records {scan.Counts.Reminders:N0} reminders and {scan.Counts.AllDeliveries:N0} deliveries ({scan.Counts.Describe()}).");
        md.AppendLine();
        Line(md, $"Subjects, {scan.Host.Seconds.Count} measured runs each after one warm-up, in turn: the **raw scan**, the source's predicate and columns over Npgsql, every row read; the **host**, `POST /api/notifications/rules/{{id}}/run` as the platform administrator (a real access token), which runs the rule in the request: the source's query streamed in batches of 500 (`Notifications:RunBatchSize`), each batch checked against the reminders already recorded, its holders looked up in the user directory, opt-outs read, templates rendered, reminders and deliveries saved by EF Core, the dispatcher queued; and the **raw set-based run**, one SQL statement doing the same writes (the due certificates with their offset, templates filled by `replace`, `INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING` into `Reminders`, then an e-mail and an inbox delivery per reachable holder into `Deliveries`). Both writers' results are compared after every run (reminders and deliveries by channel and status); every run's rows are deleted and the tables vacuumed before the next writer, so each does the whole day's work. The host has no job server.");
        md.AppendLine();
        md.AppendLine("| Subject | Median (s) | Min / max (s) | Rows per second | Host / subject |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        Row(md, "Raw scan (read only)", scan.RawScan, scan.Due, "certificates", scan.Host.Median);
        Row(md, "Host, `POST …/rules/{id}/run`", scan.Host, scan.Counts.Reminders, "reminders", scan.Host.Median);
        Row(md, "Raw set-based run (one statement)", scan.RawWrite, scan.Counts.Reminders, "reminders", scan.Host.Median);
    }

    private static void Row(StringBuilder md, string subject, ScanTimings timings, long rows, string what, double host) =>
        Line(md, $"| {subject} | {timings.Median:F3} | {timings.Min:F3} / {timings.Max:F3} | {rows / timings.Median:N0} {what} | {host / timings.Median:F1} |");

    private static void RenderDelivery(StringBuilder md, NotificationsOptions options, DeliveryResults? delivery, string? missing)
    {
        md.AppendLine();
        md.AppendLine("### Delivery");
        md.AppendLine();
        if (delivery is null)
        {
            Line(md, $"Skipped: {missing}.");
            return;
        }

        Line(md, $"A second host on the same database, with its job server (2 workers, queue polled every second) and SMTP pointed at a local sink (Debian's aiosmtpd, `aiosmtpd.handlers.Sink`, which accepts and discards; plain SMTP on loopback); dispatch batches of the default 100. Of the due holders, the first {delivery.Holders:N0} by id (asked: {options.Mails:N0}) keep their accounts approved, the others' await approval, so a run records the whole day's reminders but only their e-mails. Each run: the tables cleared, the rule run through the API (started just after a minute's turn, so the host's minute dispatch job cannot send early), which queues the dispatcher as it answers; the clock runs from the answer (or from the first mail's `SentAt`, when the queued job began sending while the answer was on its way) until the database shows no pending e-mail (polled every 100 ms). The host's minute job may join the queued dispatcher once the clock runs (leases keep them apart), as in production: the table counts the dispatch jobs that were running while the run's mails went out (from Hangfire's state history). Baseline, after each host run: a bare MailKit loop in the benchmark's process sending the same {delivery.BareMails:N0} messages (composed as the host composes them: sender, recipient, subject, plain-text body with the unsubscribe footer and the one-click headers; a random token of the same length; mean {delivery.MeanBytes / 1024:F1} KiB on the wire) over one connection to the same sink. {delivery.Host.Count} measured runs each after one warm-up. {(delivery.History > 0 ? Invariant($"The table also holds {delivery.History:N0} sent deliveries of past days (copies of a day's rows, `--delivery-history`), as a log nothing prunes grows: about {delivery.History / (2.0 * delivery.Host[0].Mails):F0} days at this many e-mails a day.") : "The table holds only the run's rows (`--delivery-history` adds past days' deliveries).")}");
        md.AppendLine();
        md.AppendLine("| Run | Host mails | Host (s) | Host (mails/s) | First mail after (s) | Then (mails/s) | Dispatch jobs | Sent before the answer arrived / retried | Bare (s) | Bare (mails/s) | Host / bare |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (i, host) in delivery.Host.Index())
        {
            var bare = delivery.BareSeconds[i];
            var barePerSecond = delivery.BareMails / bare;
            Line(md, $"| {i + 1} | {host.Mails:N0} | {host.Seconds:F2} | {host.PerSecond:F0} | {host.FirstAfterSeconds:F2} | {host.SendingPerSecond:F0} | {host.DispatchJobs} | {host.SentEarly} / {host.Retried} | {bare:F2} | {barePerSecond:F0} | {host.PerSecond / barePerSecond:F2} |");
        }

        Line(md, $"| **Median** | | | **{delivery.HostPerSecond:F0}** | | {delivery.HostSendingPerSecond:F0} | | | | **{delivery.BarePerSecond:F0}** | **{delivery.Ratio:F2}** |");
        md.AppendLine();
        Line(md, $"Per e-mail the dispatcher, one at a time: protects one unsubscribe token (the rule's source is asked for an attachment only if it attaches one; the certificate source does not), composes and sends over its run's one SMTP connection, and records the outcome with one `UPDATE`; per batch of 100 it selects the due ids, claims them with one `UPDATE` and reads the claimed rows back by id and lease. The bare loop does only the composing and sending: {1000 / delivery.BarePerSecond:F2} ms per mail against the host's {1000 / delivery.HostPerSecond:F2} ms from the answer, or {1000 / delivery.HostSendingPerSecond:F2} ms once sending had begun (the first and last mail's `SentAt`: the queued job's pick-up, up to a second's poll, left out; {delivery.HostSendingPerSecond / delivery.BarePerSecond:F2} × the bare loop's rate).");
    }
}
