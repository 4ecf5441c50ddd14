using Cqo.Benchmarks.BareApp.Training;
using Cqo.Benchmarks.Registry;
using Npgsql;

namespace Cqo.Benchmarks.Training;

/// <summary>One catalogue query's figures for both subjects.</summary>
internal sealed record CatalogueResult(
    CatalogueCase Case, LatencyResult HostLatency, LatencyResult BareLatency, ThroughputResult HostThroughput, ThroughputResult BareThroughput)
{
    public double Ratio => HostThroughput.PerSecond / BareThroughput.PerSecond;
}

/// <summary>The catalogue's figures, how many answers were compared first, the machine's load meanwhile, and the plans.</summary>
internal sealed record CatalogueResults(IReadOnlyList<CatalogueResult> Cases, int Compared, MachineLoad Load, IReadOnlyList<QueryPlan> Plans);

/// <summary>
/// The course catalogue as an officer browses it, Cqo.Host against the bare endpoint sending the same commands, with
/// the registry's method (<see cref="LoadRunner"/>): same answers first, every query warmed up on both, then per
/// query the sequential latency and the throughput under concurrent clients in alternating slices.
/// </summary>
internal static class CatalogueBenchmark
{
    private static readonly TimeSpan s_globalWarmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_throughputWarmup = TimeSpan.FromSeconds(1);

    public static async Task<CatalogueResults> MeasureAsync(
        BenchContext context, RegistryOptions load, NpgsqlDataSource database, DateOnly today, Uri host, Uri bare, string accessToken)
    {
        var cancellationToken = context.CancellationToken;
        using var hostClient = SearchSubject.Client(host, accessToken);
        using var bareClient = SearchSubject.Client(bare, accessToken: null);
        var cases = CatalogueCase.All(today);
        var compared = await ResultCheck.SameAnswersAsync(cases.Select(c => (hostClient, bareClient, ResultCheck.Draws(c.Urls))), cancellationToken);

        var loadBefore = MachineLoad.Now();
        context.Log.WriteLine($"  warming up: every catalogue query on both subjects, {s_globalWarmup.TotalSeconds:F1} s each...");
        foreach (var (seed, catalogueCase) in cases.Index())
        {
            await LoadRunner.RunAsync(hostClient, r => catalogueCase.Urls(r).Host, -seed, load.Clients, s_globalWarmup, cancellationToken);
            await LoadRunner.RunAsync(bareClient, r => catalogueCase.Urls(r).Bare, -seed, load.Clients, s_globalWarmup, cancellationToken);
        }

        var results = new List<CatalogueResult>();
        foreach (var (seed, catalogueCase) in cases.Index())
        {
            context.Log.WriteLine($"  {catalogueCase.Query}");
            var (hostLatency, bareLatency) = await LoadRunner.LatencyAsync(
                hostClient, bareClient, catalogueCase.Urls, seed, load.WarmupRequests, load.Requests, TimeSpan.FromSeconds(load.LatencySeconds), cancellationToken);
            var (hostThroughput, bareThroughput) = await LoadRunner.ThroughputAsync(
                (hostClient, r => catalogueCase.Urls(r).Host), (bareClient, r => catalogueCase.Urls(r).Bare), seed, load.Clients, s_throughputWarmup, load.Seconds,
                cancellationToken);
            var result = new CatalogueResult(catalogueCase, hostLatency, bareLatency, hostThroughput, bareThroughput);
            context.Log.WriteLine(
                $"    host p95 {Statistics.Percentile(hostLatency.Milliseconds, 95):F1} ms, {hostThroughput.PerSecond:F0} req/s; bare p95 {Statistics.Percentile(bareLatency.Milliseconds, 95):F1} ms, {bareThroughput.PerSecond:F0} req/s; ratio {result.Ratio:F2}");
            results.Add(result);
        }

        var loadAfter = MachineLoad.Now();
        return new CatalogueResults(results, compared, new MachineLoad(loadBefore, loadAfter), await PlansAsync(database, today, cancellationToken));
    }

    /// <summary>EXPLAIN of each query's page and count, with a typical value and, for the search, the broadest term.</summary>
    private static async Task<IReadOnlyList<QueryPlan>> PlansAsync(NpgsqlDataSource database, DateOnly today, CancellationToken cancellationToken)
    {
        (string Query, CourseCatalogue Catalogue)[] samples =
        [
            ("Open today", new(null, null, today)),
            ("Open today + AppointmentTraining", new(null, "AppointmentTraining", today)),
            ($"Search '{CourseFaker.Topics[0]}'", new(CourseFaker.Topics[0], null, null)),
            ("Search '首席质量官'", new("首席质量官", null, null)),
        ];
        var plans = new List<QueryPlan>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        foreach (var (query, catalogue) in samples)
        {
            await using var page = catalogue.PageCommand(connection);
            plans.Add(await QueryPlans.ExplainAsync(query, "page", page, cancellationToken));
            await using var count = catalogue.CountCommand(connection);
            plans.Add(await QueryPlans.ExplainAsync(query, "count", count, cancellationToken));
        }

        return plans;
    }
}
