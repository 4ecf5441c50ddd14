using System.Globalization;
using System.Text;

namespace Cqo.Benchmarks.Registry;

/// <summary>One query's figures for both subjects.</summary>
internal sealed record CaseResult(
    SearchCase Case,
    LatencyResult HostLatency,
    LatencyResult BareLatency,
    ThroughputResult HostThroughput,
    ThroughputResult BareThroughput);

/// <summary>What the figures depend on: server version, collation (LIKE prefix use of a b-tree needs "C"), sizes.</summary>
internal sealed record DatabaseFacts(string ServerVersion, string Collation, string EnterprisesSize, string PeopleSize);

/// <summary>The machine's load average (1, 5, 15 min) when the measurements started and ended: other work on a shared machine shows here.</summary>
internal sealed record MachineLoad(string Before, string After)
{
    public static string Now() => File.Exists("/proc/loadavg")
        ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "n/a";
}

/// <summary>Renders the registry section as markdown, each figure against its target (the imports: <see cref="ImportReport"/>).</summary>
internal static class RegistryReport
{
    public const double LatencyTargetMs = 50;
    public const double RatioTarget = 0.7;

    public static string Render(
        RegistryOptions options,
        DatabaseFacts facts,
        GeneratedData data,
        IReadOnlyList<CaseResult> results,
        IReadOnlyList<QueryPlan> plans,
        int comparedAnswers,
        MachineLoad load,
        ImportResults imports)
    {
        var md = new StringBuilder();
        Line(md, $"Targets: host single-request **p95 < {LatencyTargetMs:F0} ms**; host throughput **≥ {RatioTarget:F1} ×** a bare ASP.NET Core endpoint running the same SQL over raw ADO.NET (Npgsql), measured in the same run.");
        md.AppendLine();
        Line(md, $"PostgreSQL {facts.ServerVersion}, database collation `{facts.Collation}`, a fresh database per run; Cqo.Host (Release, Production, migrated and seeded at start, demo accounts) and the bare app run on the same machine as the server and the load.");
        md.AppendLine();
        Line(md, $"**Data**: {options.Enterprises:N0} enterprises (16 Shanghai districts weighted by economic size, Pudong about a third; {IndustryMix.ManufacturingShare:P0} manufacturing; mostly micro and small; 95 % active; valid USCCs, some with pre-merger division codes; about 5 % with awards) and {options.People:N0} people (valid, distinct resident IDs, encrypted, hashed and masked with the host's keys), each on an enterprise's staff; Enterprises {facts.EnterprisesSize}, People {facts.PeopleSize} with indexes. Names are `上海{{字号}}{{行业词}}{{组织形式}}` (branches `…有限公司{{区}}分公司`), trade-name characters Zipf-distributed, so a 4-6 character prefix selects a handful to thousands; a district right after 上海 would make every such prefix a whole district (10,000-360,000 rows).");
        md.AppendLine();
        RenderSteps(md, data.Steps);
        md.AppendLine();
        Line(md, $"The bare endpoint sends the host's exact SQL (captured from its EF Core command log): the count, then the page joined to the awards, with the data-scope predicate; the host also authenticates the bearer token (OpenIddict: decryption, validation, token-entry lookup in the database), checks the permission and runs EF Core. Before timing, {comparedAnswers} requests were sent to both and answered with identical JSON (same rows, order and total). Load average (1/5/15 min) at the start and end of the measurements: {load.Before} / {load.After}.");

        RenderLatency(md, options, results);
        RenderThroughput(md, options, results);
        ImportReport.Render(md, options, imports);
        RenderPlans(md, plans);
        return md.ToString();
    }

    private static void RenderLatency(StringBuilder md, RegistryOptions options, IReadOnlyList<CaseResult> results)
    {
        md.AppendLine();
        Line(md, $"### Single-request latency");
        md.AppendLine();
        Line(md, $"One client, sequential: each search term (drawn from one seeded sequence) goes to the host and to the bare app in turn, the order alternating; {options.Requests} terms per row after {options.WarmupRequests} warm-up terms, or fewer when the row's {options.LatencySeconds} s budget runs out. Wall-clock per request, reading the body included.");
        md.AppendLine();
        md.AppendLine("| Query | Caller | Requests | Matches min / median / max | Host p50 / p95 / max (ms) | Bare p50 / p95 / max (ms) | Host p95 < 50 ms |");
        md.AppendLine("|---|---|---:|---:|---:|---:|:---:|");
        foreach (var r in results)
        {
            var counts = r.HostLatency.TotalCounts.Select(c => (double)c).ToArray();
            var hostP95 = Statistics.Percentile(r.HostLatency.Milliseconds, 95);
            Line(md, $"| {r.Case.Query} | `{r.Case.Caller}` | {counts.Length} | {Statistics.Percentile(counts, 0):N0} / {Statistics.Median(counts):N0} / {Statistics.Max(counts):N0} | {Triple(r.HostLatency)} | {Triple(r.BareLatency)} | {Verdict(hostP95 < LatencyTargetMs)} |");
        }
    }

    private static void RenderThroughput(StringBuilder md, RegistryOptions options, IReadOnlyList<CaseResult> results)
    {
        md.AppendLine();
        Line(md, $"### Throughput");
        md.AppendLine();
        Line(md, $"{options.Clients} concurrent clients (keep-alive), {options.Seconds} one-second slices per subject, host and bare app alternating, after 1 s of warm-up each; completed 200 answers per second.");
        md.AppendLine();
        md.AppendLine("| Query | Caller | Host (req/s) | Bare (req/s) | Host / bare | ≥ 0.7 |");
        md.AppendLine("|---|---|---:|---:|---:|:---:|");
        foreach (var r in results)
        {
            var ratio = r.HostThroughput.PerSecond / r.BareThroughput.PerSecond;
            Line(md, $"| {r.Case.Query} | `{r.Case.Caller}` | {r.HostThroughput.PerSecond:F0} | {r.BareThroughput.PerSecond:F0} | {ratio:F2} | {Verdict(ratio >= RatioTarget)} |");
        }
    }

    /// <summary>The data generation steps with their rows, times and rates, and the total time.</summary>
    internal static void RenderSteps(StringBuilder md, IReadOnlyList<GenerationStep> steps)
    {
        md.AppendLine("| Generation step | Rows | Time (s) | Rows/s |");
        md.AppendLine("|---|---:|---:|---:|");
        foreach (var step in steps)
        {
            var rate = step.Rows > 0 ? (step.Rows / step.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "";
            Line(md, $"| {step.Name} | {(step.Rows > 0 ? step.Rows.ToString("N0", CultureInfo.InvariantCulture) : "")} | {step.Elapsed.TotalSeconds:F1} | {rate} |");
        }

        var total = steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
        Line(md, $"| **Total** | | **{total.TotalSeconds:F1}** | |");
    }

    private static void RenderPlans(StringBuilder md, IReadOnlyList<QueryPlan> plans) => RenderPlans(
        md, plans, "EXPLAIN (ANALYZE, BUFFERS) of the commands both subjects send (count, then the page joined to the awards), with representative values, after the measurements (warm cache).");

    /// <summary>The plans' summary table, then each plan in full, folded.</summary>
    internal static void RenderPlans(StringBuilder md, IReadOnlyList<QueryPlan> plans, string introduction)
    {
        md.AppendLine();
        md.AppendLine("### Query plans");
        md.AppendLine();
        md.AppendLine(introduction);
        md.AppendLine();
        md.AppendLine("| Query | Command | Execution (ms) | Scans |");
        md.AppendLine("|---|---|---:|---|");
        foreach (var plan in plans)
        {
            Line(md, $"| {plan.Query} | {plan.Command} | {plan.ExecutionMilliseconds:F1} | {string.Join("; ", plan.AccessPaths)} |");
        }

        md.AppendLine();
        md.AppendLine("<details><summary>Plans</summary>");
        foreach (var plan in plans)
        {
            md.AppendLine();
            Line(md, $"{plan.Query}, {plan.Command}:");
            md.AppendLine();
            md.AppendLine("```text");
            foreach (var line in plan.Lines)
            {
                md.AppendLine(line);
            }

            md.AppendLine("```");
        }

        md.AppendLine();
        md.AppendLine("</details>");
    }

    internal static string Triple(LatencyResult latency) => Invariant(
        $"{Statistics.Median(latency.Milliseconds):F1} / {Statistics.Percentile(latency.Milliseconds, 95):F1} / {Statistics.Max(latency.Milliseconds):F1}");

    internal static string Verdict(bool pass) => pass ? "PASS" : "**FAIL**";

    internal static void Line(StringBuilder md, FormattableString text) => md.AppendLine(Invariant(text));

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
