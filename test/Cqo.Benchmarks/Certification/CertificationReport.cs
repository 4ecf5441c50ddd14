using System.Text;
using Cqo.Benchmarks.Registry;
using static Cqo.Benchmarks.Registry.RegistryReport;

namespace Cqo.Benchmarks.Certification;

/// <summary>What the certification figures depend on: the server and the tables' sizes with their indexes.</summary>
internal sealed record CertificationFacts(string ServerVersion, string CertificatesSize, string ChangesSize);

/// <summary>Renders the certification section: a summary against the target, then the data, the verification, the PDFs and the plans.</summary>
internal static class CertificationReport
{
    /// <summary>A read path, as the registry's searches and the training catalogue.</summary>
    public const double VerificationRatioTarget = 0.7;

    public static string Render(
        CertificationOptions options, RegistryOptions load, CertificationFacts facts, CertificationData data, VerificationResults verification, PdfResults pdfs)
    {
        var md = new StringBuilder();
        Line(md, $"Target: public verification throughput **≥ {VerificationRatioTarget:F1} ×** a bare ASP.NET Core endpoint sending the same SQL over raw ADO.NET (Npgsql) and answering the same JSON, measured in the same run on the same database. PDF rendering has no baseline: the figures say what one server prints.");
        RenderSummary(md, verification, pdfs);
        RenderData(md, options, facts, data);
        RenderVerification(md, load, verification);
        RenderPdfs(md, pdfs);
        RenderPlans(md, verification.Plans, "EXPLAIN (ANALYZE, BUFFERS) of the commands both subjects send (the certificate by number with its history; the successor's number only for a replaced certificate), after the measurements (warm cache).");
        return md.ToString();
    }

    private static void RenderSummary(StringBuilder md, VerificationResults verification, PdfResults pdfs)
    {
        md.AppendLine();
        md.AppendLine("| Measure | Host | Bare | Host / bare | Target | Result |");
        md.AppendLine("|---|---:|---:|---:|---:|:---:|");
        foreach (var r in verification.Cases)
        {
            Line(md, $"| Verification, {r.Case.Query} (req/s) | {r.HostThroughput.PerSecond:F0} | {r.BareThroughput.PerSecond:F0} | {r.Ratio:F2} | ≥ {VerificationRatioTarget:F1} | {Verdict(r.Ratio >= VerificationRatioTarget)} |");
        }

        foreach (var run in new[] { pdfs.Single, pdfs.Parallel })
        {
            Line(md, $"| PDF certificates, {run.Mode.ToLowerInvariant()} (PDFs/s) | {run.PerSecond:F1} | | | | |");
        }
    }

    private static void RenderData(StringBuilder md, CertificationOptions options, CertificationFacts facts, CertificationData data)
    {
        md.AppendLine();
        var plan = data.Plan;
        var statuses = Statuses(data);
        var origins = string.Join(", ", data.ByOrigin().OrderByDescending(s => s.Value).Select(s => Invariant($"{s.Key} {s.Value:N0}")));
        var byYear = string.Join(", ", plan.Certificates.GroupBy(c => c.IssuedOn.Year).OrderBy(g => g.Key).Select(g => Invariant($"{g.Key}: {g.Count():N0}")));
        var changed = plan.Certificates.Count(c => c.Changes is not null);
        Line(md, $"**Data** (PostgreSQL {facts.ServerVersion}, a fresh database; Cqo.Host in Release and Production, migrated and seeded at start, without its job server, with the public rate limit raised far above what the run sends; the bare app and the load on the same machine): {options.Certificates:N0} certificates issued from {CertificatePlan.FirstDay:yyyy-MM-dd} to the day before {plan.Today:yyyy-MM-dd} (Shanghai), more each year ({byYear}), in the 16 districts by economic weight, numbered `SHCQO-{{year}}-{{district}}-{{seq:D6}}` without gaps per year and district in issue order, status-list positions 0 to {plan.Count - 1:N0}, Chinese names (masked resident IDs, accounts, staff records, enterprises), three years of validity. By origin: {origins}. By status: {statuses}. {changed:N0} certificates ({(double)changed / plan.Count:P1}) have history beyond their issue: the midnight job's expiry of those past their last day and not renewed, renewals in the window (40 % of those whose window has opened), re-issues, suspensions (half reinstated) and revocations; {data.Changes:N0} history rows in all. `NumberSequences` holds each year and district's last number and the status list's count, so the host would go on issuing from there. Certificates {facts.CertificatesSize}, CertificateChanges {facts.ChangesSize} with indexes.");
        md.AppendLine();
        RenderSteps(md, data.Steps);
    }

    private static void RenderVerification(StringBuilder md, RegistryOptions load, VerificationResults verification)
    {
        md.AppendLine();
        md.AppendLine("### Public verification");
        md.AppendLine();
        Line(md, $"`GET /api/public/certificates/{{number}}[?asOf=yyyy-MM-dd]`, anonymous, against `GET /certification/certificates/{{number}}` of the bare app, which sends the host's commands (captured from its EF Core command log: the certificate by number with its history rows, then the successor's number for a replaced one), masks the name, reads today's and the asked day's status from the history as the domain does, and answers the same JSON; an unknown number is a 404 on both (the host's a problem document, through its exception handler). Each mix draws from one seeded sequence, the same for both subjects: issued numbers uniformly from every certificate, a quarter with `asOf` a day between a month before issue and today; unknown numbers have the right shape, an existing year and district, and a sequence never reached. Before timing, {verification.Compared} requests were answered identically by both (JSON for the found, 404 for the rest), covering certificates {string.Join("; ", verification.Covered)}, each asked about today, the day before issue, the day of each step and the day after its validity, plus unknown, lower-case and malformed numbers. Sequential latency: {load.Requests} requests per mix and subject after {load.WarmupRequests} warm-up ones, alternating host and bare, or fewer within {load.LatencySeconds} s; throughput: {load.Clients} concurrent clients (keep-alive), {load.Seconds} one-second slices per subject, alternating, after 1 s of warm-up each. Load average (1/5/15 min) at the start and end: {verification.Load.Before} / {verification.Load.After}.");
        md.AppendLine();
        md.AppendLine("| Mix | Requests | Found | Host p50 / p95 / max (ms) | Bare p50 / p95 / max (ms) | Host (req/s) | Bare (req/s) | Host / bare | ≥ 0.7 |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|:---:|");
        foreach (var r in verification.Cases)
        {
            var found = r.HostLatency.TotalCounts.Count(c => c > 0);
            Line(md, $"| {r.Case.Query} | {r.HostLatency.Milliseconds.Count} | {found} | {Triple(r.HostLatency)} | {Triple(r.BareLatency)} | {r.HostThroughput.PerSecond:F0} | {r.BareThroughput.PerSecond:F0} | {r.Ratio:F2} | {Verdict(r.Ratio >= VerificationRatioTarget)} |");
        }

        md.AppendLine();
        Line(md, $"Pipeline floor, for reading the ratios (not the same work, no target): the host's `GET {VerificationBenchmark.FloorHostUrl}`, anonymous and rate-limited like the verification but answered from memory, {verification.Floor.Host.PerSecond:F0} req/s, against the bare app's `GET {VerificationBenchmark.FloorBareUrl}`, {verification.Floor.Bare.PerSecond:F0} req/s ({verification.FloorRatio:F2}), same clients and slices: the host's middleware (forwarded headers, correlation, security headers, localization, exception handler, status-code pages, control-character guard, authentication, authorization, the public rate limiter, antiforgery, Serilog's request logging) costs about **{GapMicroseconds(verification.Floor.Host, verification.Floor.Bare):F0} µs** of this machine's time per request more than the bare app's. The verification's gap, mixed: {GapMicroseconds(verification.Cases[0].HostThroughput, verification.Cases[0].BareThroughput):F0} µs per request.");
    }

    private static void RenderPdfs(StringBuilder md, PdfResults pdfs)
    {
        md.AppendLine();
        md.AppendLine("### PDF certificates");
        md.AppendLine();
        Line(md, $"`CertificatePdf.Render` in the benchmark's own process (Release), as the host draws a certificate for download or into a course's zip: one A4 landscape page, Chinese first, the used glyphs of `{pdfs.FontPath}` embedded with a ToUnicode map, a QR code to the public check, the status printed. Generated certificates of every status; {pdfs.Warmup} renders of warm-up first (JIT, font loading), then batches on one thread and on every core. PDFs/s from the median batch; per PDF, each render's own time.");
        md.AppendLine();
        md.AppendLine("| Mode | Threads | Batches × PDFs | PDFs/s | ms per PDF, wall-clock | Render p50 / p95 / max (ms) | Size (KiB, mean) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var run in new[] { pdfs.Single, pdfs.Parallel })
        {
            Line(md, $"| {run.Mode} | {run.Threads} | {run.Batches.Count} × {run.Pdfs} | {run.PerSecond:F1} | {1000 / run.PerSecond:F1} | {Triple(new LatencyResult(run.Milliseconds, []))} | {run.AverageKilobytes:F1} |");
        }
    }

    /// <summary>How much more of the machine's time one host request takes than one bare request (1/rate, load generator and database included).</summary>
    private static double GapMicroseconds(ThroughputResult host, ThroughputResult bare) => 1e6 * ((1 / host.PerSecond) - (1 / bare.PerSecond));

    /// <summary>For the section's log: how the generated statuses split.</summary>
    public static string Statuses(CertificationData data) =>
        string.Join(", ", data.ByStatus().OrderByDescending(s => s.Value).Select(s => Invariant($"{s.Key} {s.Value:N0}")));
}
