using System.Text;
using static Cqo.Benchmarks.Registry.RegistryReport;

namespace Cqo.Benchmarks.Oversight;

/// <summary>Renders the oversight section: the targets, the data, then one line per figure and question.</summary>
internal static class OversightReport
{
    public const double LatencyTargetMs = 300;
    public const double RatioTarget = 1.2;

    public static string Render(OversightOptions options, OversightFacts facts, OversightData data, IReadOnlyList<FigureResult> results)
    {
        var md = new StringBuilder();
        var missedLatency = results.Count(r => r.HostP95 >= LatencyTargetMs);
        var missedRatio = results.Count(r => r.Ratio > RatioTarget);
        var recomputedLatency = results.Count(r => r.RecomputedP95 >= LatencyTargetMs);
        var recomputedRatio = results.Count(r => r.RecomputedRatio > RatioTarget);
        Line(md, $"Targets (issue 8): each figure's host request **p95 < {LatencyTargetMs:F0} ms**, and host time **≤ {RatioTarget:F1} ×** the best hand-written SQL for the same table on the same fact tables (medians), measured in the same run, or faster through kept figures. As served (kept between requests while their facts are unchanged, the facts' versions read again after {OversightApps.VersionsTrusted.TotalSeconds:F0} s): **{results.Count - missedLatency} of {results.Count}** questions meet the first, **{results.Count - missedRatio} of {results.Count}** the second. Computed again (right after a change to every month of the figure's facts): **{results.Count - recomputedLatency} of {results.Count}** and **{results.Count - recomputedRatio} of {results.Count}**.");
        md.AppendLine();
        RenderData(md, options, facts, data);
        RenderResults(md, options, results);
        return md.ToString();
    }

    private static void RenderData(StringBuilder md, OversightOptions options, OversightFacts facts, OversightData data)
    {
        var sizes = string.Join(", ", facts.Sizes.Select(s => $"{s.Table} {s.Size}"));
        Line(md, $"**Data** (PostgreSQL {facts.ServerVersion}; {facts.Settings}; {facts.Durability}; a fresh database; Cqo.Host in Release and Production, migrated and seeded at start, no job server; everything on the same machine; load average (1/5/15 min) at the start and end of the measurements: {facts.Load.Before} / {facts.Load.After}): oversight's fact tables written directly, set-based (`INSERT … SELECT FROM generate_series`, every value a hash of the row number, the same every run), in the order of each record's first event, then `VACUUM ANALYZE`. {options.Enterprises:N0} enterprises in 16 districts by economic weight (parts of Pudong, Fengxian, Minhang and Changning under the Lingang and Airport units), GB/T 4754 divisions of the reference data (60 % manufacturing), mostly micro and small, 5 % with an award; {options.Filings:N0} filings submitted 2016 to yesterday (93 % approved after 1-15 working days, 45 % of appointments since ended); {options.Enrolments:N0} enrolments on courses ending 2017 to two months ahead, {Math.Max(1, options.Enrolments / 2):N0} people (trainees repeat), 85 % of past ones trained, most of those passed; {options.Certificates:N0} certificates issued 2016 to yesterday, valid three years, renewed, re-issued, suspended and revoked; {options.Credits:N0} continuing-education entries. Every fact carries its enterprise's dimensions and regulator unit. Sizes with indexes: {sizes}; pages all-visible after the measurements (index-only scans need it): {facts.AllVisible}.");
        md.AppendLine();
        RenderSteps(md, data.Steps);
    }

    private static void RenderResults(StringBuilder md, OversightOptions options, IReadOnlyList<FigureResult> results)
    {
        md.AppendLine();
        md.AppendLine("### Figures");
        md.AppendLine();
        Line(md, $"Per figure, the questions regulators ask: five closed years by district and by industry section (the municipal regulator), the same by section as the Pudong district regulator (its unit's records only), and the last twelve months up to the current one (municipal, city total; a state's current month as of today). Host: `GET /api/oversight/figures/{{key}}?period=…&from=…&to=…&by=…` with the demo account's bearer token, wall-clock with the body read and parsed. Raw: the best hand-written SQL over Npgsql for the same table (one GROUP BY of the month column per flow, a second grouping set for people counted once in the total, a histogram for the review time with its percentiles computed from it, for a state the monthly in- and out-flows in one round trip, summed at each period's end, and the current period as last month's end corrected by this month's comings and goings, as the host does: faster than a running sum in SQL or a count of today's state), the rows read and the table built. Before timing, each question's two tables were compared and held the same numbers (every row and period, totals, percentiles), and a state's current period also equalled the facts standing today, counted. {options.Warmup} discarded runs each, then {options.Runs} measured runs each, host and raw alternating; every third run also one host request right after every month's version of the figure's kind of fact was counted up (`UPDATE oversight.\"FactVersions\"`, untimed) and the {OversightApps.VersionsTrusted.TotalSeconds:F0} s the host trusts the versions it read had passed, so that the host computes everything again: *recomputed*. Verdicts are given as served / recomputed.");
        md.AppendLine();
        md.AppendLine("| Figure | Question | Caller | Rows | Host p50 / p95 (ms) | Recomputed p50 / p95 (ms) | Raw p50 / p95 (ms) | Host / raw | Recomputed / raw | p95 < 300 | ≤ 1.2 × |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|:---:|:---:|");
        foreach (var r in results)
        {
            Line(md, $"| `{r.Case.Figure.Key}` | {r.Case.Query} | `{r.Case.Caller}` | {r.Rows} | {r.HostP50:F1} / {r.HostP95:F1} | {r.RecomputedP50:F1} / {r.RecomputedP95:F1} | {r.RawP50:F1} / {r.RawP95:F1} | {r.Ratio:F2} | {r.RecomputedRatio:F2} | {Verdict(r.HostP95 < LatencyTargetMs)} / {Verdict(r.RecomputedP95 < LatencyTargetMs)} | {Verdict(r.Ratio <= RatioTarget)} / {Verdict(r.RecomputedRatio <= RatioTarget)} |");
        }
    }
}
