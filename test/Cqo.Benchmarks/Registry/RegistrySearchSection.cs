using Cqo.Benchmarks.BareApp.Registry;
using Cqo.Benchmarks.Infrastructure;
using Npgsql;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// Enterprise search at national scale on PostgreSQL (the three queries: exact USCC, name prefix,
/// district + status), Cqo.Host against a bare endpoint running the same SQL over raw ADO.NET, in the same run:
/// single-request latency, then throughput under concurrent clients; last, bulk import throughput on the same host.
/// </summary>
internal sealed class RegistrySearchSection(RegistryOptions options) : IBenchmarkSection
{
    private const string DemoPassword = "Demo@2026cqo";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan s_throughputWarmup = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_globalWarmup = TimeSpan.FromSeconds(2);

    public string Name => "Registry search at scale (PostgreSQL)";

    public async Task<string> RunAsync(BenchContext context)
    {
        var cancellationToken = context.CancellationToken;
        var server = Environment.GetEnvironmentVariable(BenchDatabase.ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            return Skipped($"{BenchDatabase.ServerVariable} is not set; `dotnet pwsh ./build.ps1 bench` starts a throwaway cluster when the PostgreSQL server binaries are installed");
        }

        if (await BenchDatabase.ProbeAsync(server, cancellationToken) is { } unreachable)
        {
            return Skipped($"the server in {BenchDatabase.ServerVariable} does not answer: {unreachable}");
        }

        // Declared first, disposed last: the database is dropped only after both apps are killed.
        await using var database = await BenchDatabase.CreateAsync(server, options.KeepDatabase, context.Log, cancellationToken);
        context.Log.WriteLine("  starting Cqo.Host on PostgreSQL (migrates and seeds)...");
        await using var host = await RunningApp.StartAsync(RegistryApps.Host(context.Host, database.ConnectionString), s_startTimeout, cancellationToken);
        var data = await new RegistryDataGenerator(database.DataSource, RegistryApps.Protector(), context.Log).RunAsync(options, cancellationToken);
        await using var bare = await RunningApp.StartAsync(RegistryApps.Bare(context.BareApp, database.ConnectionString), s_startTimeout, cancellationToken);
        try
        {
            return await MeasureAsync(context, database, data, host, bare);
        }
        catch (Exception ex) when (ex is HttpRequestException or NpgsqlException or BenchmarkFailedException { Output.Count: 0 })
        {
            // A refused connection, a dead database or an error answer: the host's last lines usually say why.
            throw new BenchmarkFailedException($"Registry search: {ex.Message}", host.Output);
        }
    }

    private async Task<string> MeasureAsync(BenchContext context, BenchDatabase database, GeneratedData data, RunningApp host, RunningApp bare)
    {
        var cancellationToken = context.CancellationToken;
        context.Log.WriteLine("  signing in as municipal and pudong (sign-in page, code + PKCE)...");
        var tokens = new Dictionary<string, string>
        {
            [SearchCase.Municipal] = await OAuthSignIn.AccessTokenAsync(host.BaseAddress, SearchCase.Municipal, DemoPassword, cancellationToken),
            [SearchCase.Pudong] = await OAuthSignIn.AccessTokenAsync(host.BaseAddress, SearchCase.Pudong, DemoPassword, cancellationToken),
        };
        using var hostSubject = SearchSubject.Host(host.BaseAddress, tokens);
        using var bareSubject = SearchSubject.Bare(bare.BaseAddress, tokens.Keys);
        var cases = SearchCase.All(data);
        var compared = await ResultCheck.SameAnswersAsync(hostSubject, bareSubject, cases, cancellationToken);

        var loadBefore = MachineLoad.Now();
        await WarmUpAsync(context, cases, hostSubject, bareSubject);
        var results = new List<CaseResult>();
        foreach (var (seed, searchCase) in cases.Index())
        {
            results.Add(await MeasureCaseAsync(context, searchCase, seed, hostSubject, bareSubject));
            host.EnsureRunning();
            bare.EnsureRunning();
        }

        var load = new MachineLoad(loadBefore, MachineLoad.Now());
        var plans = await QueryPlans.ExplainAsync(database.DataSource, PlanSamples(data), cancellationToken);
        var facts = new DatabaseFacts(
            await database.ScalarAsync("SHOW server_version", cancellationToken),
            await database.ScalarAsync("SELECT datcollate FROM pg_database WHERE datname = current_database()", cancellationToken),
            await database.ScalarAsync("""SELECT pg_size_pretty(pg_total_relation_size('registry."Enterprises"'))""", cancellationToken),
            await database.ScalarAsync("""SELECT pg_size_pretty(pg_total_relation_size('registry."People"'))""", cancellationToken));
        var imports = await ImportThroughput.MeasureAsync(context, options, database, data, host, tokens[SearchCase.Municipal]);
        return RegistryReport.Render(options, facts, data, results, plans, compared, load, imports);
    }

    /// <summary>The worst and typical cases, with fixed values so plans compare between runs.</summary>
    private static IEnumerable<(string, EnterpriseSearch)> PlanSamples(GeneratedData data) =>
    [
        ($"USCC {data.Usccs[0]}", new EnterpriseSearch(data.Usccs[0], null, null, null)),
        ($"Name prefix '{data.Names[0][..4]}'", new EnterpriseSearch(data.Names[0][..4], null, null, null)),
        ($"Name prefix '{data.Names[0][..6]}'", new EnterpriseSearch(data.Names[0][..6], null, null, null)),
        ("District 310115 (largest) + Active, municipal", new EnterpriseSearch(null, ShanghaiDistricts.Pudong, "Active", null)),
        ("District 310151 (smallest) + Active, municipal", new EnterpriseSearch(null, "310151", "Active", null)),
        ("District 310115 + Active, pudong", new EnterpriseSearch(null, ShanghaiDistricts.Pudong, "Active", ShanghaiDistricts.Pudong)),
        ("District 310101 + Deregistered, municipal (not measured: a rarer combination under the default sort)",
            new EnterpriseSearch(null, "310101", "Deregistered", null)),
    ];

    private static string Skipped(string reason) => Skipped("the registry search benchmark", reason);

    /// <summary>The section's body when there is no PostgreSQL; under CI a failure instead.</summary>
    internal static string Skipped(string benchmark, string reason) =>
        Environment.GetEnvironmentVariable("CI") == "true"
            ? throw new BenchmarkFailedException($"PostgreSQL is required in CI for {benchmark}: {reason}.")
            : $"skipped: no PostgreSQL ({reason}).";

    /// <summary>
    /// Every query on both subjects under load first: on two cores, tiered JIT recompiling hot methods in the
    /// background (and the host's caches filling) would otherwise land in whichever query is measured first.
    /// </summary>
    private async Task WarmUpAsync(BenchContext context, IReadOnlyList<SearchCase> cases, SearchSubject host, SearchSubject bare)
    {
        context.Log.WriteLine($"  warming up: every query on both subjects, {s_globalWarmup.TotalSeconds:F1} s each...");
        foreach (var (seed, searchCase) in cases.Index())
        {
            foreach (var subject in new[] { host, bare })
            {
                await LoadRunner.RunAsync(
                    subject.ClientFor(searchCase), subject.Urls(searchCase), -seed, options.Clients, s_globalWarmup, context.CancellationToken);
            }
        }
    }

    private async Task<CaseResult> MeasureCaseAsync(BenchContext context, SearchCase searchCase, int seed, SearchSubject host, SearchSubject bare)
    {
        var cancellationToken = context.CancellationToken;
        context.Log.WriteLine($"  {searchCase.Query} [{searchCase.Caller}]");
        var (hostLatency, bareLatency) = await LoadRunner.LatencyAsync(
            host, bare, searchCase, seed, options.WarmupRequests, options.Requests, TimeSpan.FromSeconds(options.LatencySeconds), cancellationToken);
        var (hostThroughput, bareThroughput) = await LoadRunner.ThroughputAsync(
            host, bare, searchCase, seed, options.Clients, s_throughputWarmup, options.Seconds, cancellationToken);
        foreach (var (name, latency, throughput) in new[] { (host.Name, hostLatency, hostThroughput), (bare.Name, bareLatency, bareThroughput) })
        {
            context.Log.WriteLine(
                $"    {name,-22} p50 {Statistics.Median(latency.Milliseconds),6:F1} ms  p95 {Statistics.Percentile(latency.Milliseconds, 95),6:F1} ms  {throughput.PerSecond,7:F0} req/s");
        }

        return new CaseResult(searchCase, hostLatency, bareLatency, hostThroughput, bareThroughput);
    }
}
