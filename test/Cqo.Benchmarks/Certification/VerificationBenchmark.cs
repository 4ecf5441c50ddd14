using Cqo.Benchmarks.BareApp.Certification;
using Cqo.Benchmarks.Registry;
using Cqo.Certification.Contracts;
using Cqo.SharedKernel.Time;
using Npgsql;

namespace Cqo.Benchmarks.Certification;

/// <summary>One verification mix's figures for both subjects.</summary>
internal sealed record VerificationResult(
    VerificationCase Case, LatencyResult HostLatency, LatencyResult BareLatency, ThroughputResult HostThroughput, ThroughputResult BareThroughput)
{
    public double Ratio => HostThroughput.PerSecond / BareThroughput.PerSecond;
}

/// <summary>
/// The verification figures, the answers compared first (and the kinds of history they covered), the pipeline
/// floor (<see cref="VerificationBenchmark.FloorHostUrl"/> against <see cref="VerificationBenchmark.FloorBareUrl"/>),
/// the machine's load, the plans.
/// </summary>
internal sealed record VerificationResults(
    IReadOnlyList<VerificationResult> Cases,
    int Compared,
    IReadOnlyList<string> Covered,
    (ThroughputResult Host, ThroughputResult Bare) Floor,
    MachineLoad Load,
    IReadOnlyList<QueryPlan> Plans)
{
    public double FloorRatio => Floor.Host.PerSecond / Floor.Bare.PerSecond;
}

/// <summary>
/// Public verification by number, Cqo.Host against the bare endpoint sending the same commands, with the
/// registry's method (<see cref="LoadRunner"/>): the same answers first (every kind of history, asked about now,
/// before issue and on the day of each step), every mix warmed up on both, then per mix the sequential latency and
/// the throughput under concurrent clients in alternating slices. Anonymous requests: no token on either side.
/// </summary>
internal static class VerificationBenchmark
{
    /// <summary>
    /// An anonymous public host endpoint that does next to nothing (the credential keys, from memory): what every
    /// public request costs the host before its handler. Not the same work as <see cref="FloorBareUrl"/>, so no
    /// target; its gap per request says how much of the verification's gap is the middleware's.
    /// </summary>
    public const string FloorHostUrl = "/api/public/credentials/jwks.json";

    /// <summary>The bare app's readiness probe: a constant answer.</summary>
    public const string FloorBareUrl = "/health/ready";

    private static readonly TimeSpan s_globalWarmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_throughputWarmup = TimeSpan.FromSeconds(1);

    public static async Task<VerificationResults> MeasureAsync(
        BenchContext context, RegistryOptions load, NpgsqlDataSource database, CertificatePlan plan, Uri host, Uri bare)
    {
        var cancellationToken = context.CancellationToken;
        using var hostClient = SearchSubject.Client(host, accessToken: null);
        using var bareClient = SearchSubject.Client(bare, accessToken: null);
        var (samples, covered) = Samples(plan);
        var compared = await ResultCheck.SameAnswersAsync(
            [(hostClient, bareClient, samples.Select(v => (v.HostUrl, v.BareUrl)))], cancellationToken, Verification.Expected);
        context.Log.WriteLine($"  {compared} answers identical on both subjects");

        var cases = VerificationCase.All(plan);
        var loadBefore = MachineLoad.Now();
        context.Log.WriteLine($"  warming up: every mix on both subjects, {s_globalWarmup.TotalSeconds:F1} s each...");
        foreach (var (seed, verificationCase) in cases.Index())
        {
            await LoadRunner.RunAsync(hostClient, r => verificationCase.Draw(r).HostUrl, -seed, load.Clients, s_globalWarmup, cancellationToken, Verification.Expected);
            await LoadRunner.RunAsync(bareClient, r => verificationCase.Draw(r).BareUrl, -seed, load.Clients, s_globalWarmup, cancellationToken, Verification.Expected);
        }

        var results = new List<VerificationResult>();
        foreach (var (seed, verificationCase) in cases.Index())
        {
            context.Log.WriteLine($"  {verificationCase.Query}");
            var (hostLatency, bareLatency) = await LoadRunner.LatencyAsync(
                hostClient, bareClient, verificationCase.Urls, seed, load.WarmupRequests, load.Requests, TimeSpan.FromSeconds(load.LatencySeconds),
                cancellationToken, Verification.Expected);
            var (hostThroughput, bareThroughput) = await LoadRunner.ThroughputAsync(
                (hostClient, r => verificationCase.Draw(r).HostUrl), (bareClient, r => verificationCase.Draw(r).BareUrl), seed, load.Clients,
                s_throughputWarmup, load.Seconds, cancellationToken, Verification.Expected);
            var result = new VerificationResult(verificationCase, hostLatency, bareLatency, hostThroughput, bareThroughput);
            context.Log.WriteLine(
                $"    host p95 {Statistics.Percentile(hostLatency.Milliseconds, 95):F1} ms, {hostThroughput.PerSecond:F0} req/s; bare p95 {Statistics.Percentile(bareLatency.Milliseconds, 95):F1} ms, {bareThroughput.PerSecond:F0} req/s; ratio {result.Ratio:F2}");
            results.Add(result);
        }

        context.Log.WriteLine($"  pipeline floor: host {FloorHostUrl} against bare {FloorBareUrl}");
        var floor = await LoadRunner.ThroughputAsync(
            (hostClient, _ => FloorHostUrl), (bareClient, _ => FloorBareUrl), cases.Count, load.Clients, s_throughputWarmup, load.Seconds, cancellationToken);
        context.Log.WriteLine($"    host {floor.Host.PerSecond:F0} req/s; bare {floor.Bare.PerSecond:F0} req/s; ratio {floor.Host.PerSecond / floor.Bare.PerSecond:F2}");

        var loadAfter = MachineLoad.Now();
        return new VerificationResults(
            results, compared, covered, floor, new MachineLoad(loadBefore, loadAfter), await PlansAsync(database, plan, cancellationToken));
    }

    /// <summary>
    /// Two certificates of every kind of history (seeded, so every run compares the same), each asked about today,
    /// the day before its issue, the day of each step and the day after its validity; one also typed in lower case
    /// with blanks around it; then unknown and malformed numbers, which both must answer 404.
    /// </summary>
    private static (List<Verification> Samples, List<string> Covered) Samples(CertificatePlan plan)
    {
        (string Kind, Func<PlannedCertificate, bool> Is)[] kinds =
        [
            ("valid, issued on a pass", c => c.Origin == CertificateOrigin.CoursePassed && c.Changes is null),
            ("issued by hand", c => c.Origin == CertificateOrigin.Manual),
            ("a re-issue", c => c.Origin == CertificateOrigin.Reissue),
            ("a renewal", c => c.Origin == CertificateOrigin.Renewal),
            ("replaced by a re-issue", c => Has(c, CertificateChangeKind.Replaced)),
            ("renewed before it ran out", c => Has(c, CertificateChangeKind.Renewed) && c.Status == CertificateStatus.Replaced),
            ("renewed after it ran out", c => Has(c, CertificateChangeKind.Renewed) && c.Status == CertificateStatus.Expired),
            ("expired by the midnight job", c => c.ReplacedBy < 0 && c.Status == CertificateStatus.Expired && !Has(c, CertificateChangeKind.Suspended)),
            ("suspended", c => c.Status == CertificateStatus.Suspended),
            ("suspended, then reinstated", c => Has(c, CertificateChangeKind.Reinstated)),
            ("suspended, then expired", c => Has(c, CertificateChangeKind.Suspended) && c.Status == CertificateStatus.Expired),
            ("revoked", c => c.Status == CertificateStatus.Revoked),
        ];
        var random = new Random(99);
        var samples = new List<Verification>();
        var covered = new List<string>();
        foreach (var (kind, isKind) in kinds)
        {
            var start = random.Next(plan.Count);
            var found = Enumerable.Range(0, plan.Count).Select(i => (start + i) % plan.Count).Where(i => isKind(plan.Certificates[i])).Take(2).ToList();
            if (found.Count > 0)
            {
                covered.Add(kind);
            }

            foreach (var index in found)
            {
                var c = plan.Certificates[index];
                var number = plan.Number(index);
                samples.Add(new(number, null));
                samples.Add(new(number, c.IssuedOn.AddDays(-1)));
                samples.AddRange((c.Changes ?? []).Select(s => new Verification(number, s.At.ToShanghaiDate())));
                samples.Add(new(number, c.ValidUntil!.Value.AddDays(1)));
            }
        }

        samples.Add(new($"  {plan.Number(0).ToLowerInvariant()} ", null));
        samples.AddRange(Enumerable.Range(0, 3).Select(_ => VerificationCase.Unknown(plan, random)));
        samples.Add(new("not-a-number", null));
        samples.Add(new("SHCQO-2026-310115-00012' OR 1=1--", null));
        return (samples, covered);
    }

    private static bool Has(PlannedCertificate certificate, CertificateChangeKind kind) => certificate.Changes?.Any(s => s.Kind == kind) == true;

    /// <summary>EXPLAIN of the commands both subjects send: the lookup with its history, and a successor's number.</summary>
    private static async Task<IReadOnlyList<QueryPlan>> PlansAsync(NpgsqlDataSource database, CertificatePlan plan, CancellationToken cancellationToken)
    {
        var plans = new List<QueryPlan>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var replaced = Array.FindIndex(plan.Certificates, c => c.ReplacedBy >= 0);
        var lookups = new List<(string Query, string Number)> { ("Issued number", plan.Number(plan.Count / 2)) };
        if (replaced >= 0)
        {
            lookups.Add(("Replaced certificate", plan.Number(replaced)));
        }

        lookups.Add(("Unknown number", VerificationCase.Unknown(plan, new Random(7)).Number));
        foreach (var (query, number) in lookups)
        {
            await using var lookup = CertificateLookup.CertificateCommand(connection, number);
            plans.Add(await QueryPlans.ExplainAsync(query, "certificate with its history", lookup, cancellationToken));
        }

        if (replaced >= 0)
        {
            await using var successor = CertificateLookup.SuccessorCommand(connection, plan.Ids[plan.Certificates[replaced].ReplacedBy]);
            plans.Add(await QueryPlans.ExplainAsync("Replaced certificate", "successor's number", successor, cancellationToken));
        }

        return plans;
    }
}
