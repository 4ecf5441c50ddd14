using Cqo.Benchmarks.Infrastructure;
using Cqo.Benchmarks.Registry;
using Cqo.SharedKernel.Time;
using Npgsql;

namespace Cqo.Benchmarks.Oversight;

/// <summary>
/// What the oversight figures depend on: the server, its settings that shape aggregate plans, its durability, each
/// fact table's size with its indexes, the machine's load during the measurements.
/// </summary>
internal sealed record OversightFacts(string ServerVersion, string Settings, string Durability, IReadOnlyList<(string Table, string Size)> Sizes, string AllVisible, MachineLoad Load);

/// <summary>
/// Oversight's figures at national scale on PostgreSQL (issue 8): the fact tables generated set-based in the host's
/// migrated database, then every figure of the catalogue asked the questions regulators ask, through the host's API
/// (signed in as the demo municipal and district regulators) against the best hand-written SQL for the same table on
/// the same tables, measured in the same run. Targets: p95 under 300 ms, and host time within 1.2 × the raw SQL's.
/// </summary>
internal sealed class OversightSection(OversightOptions options, RegistryOptions load) : IBenchmarkSection
{
    private const string DemoPassword = "Demo@2026cqo";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(3);

    public string Name => "Oversight figures at scale (PostgreSQL)";

    public async Task<string> RunAsync(BenchContext context)
    {
        var cancellationToken = context.CancellationToken;
        var server = Environment.GetEnvironmentVariable(BenchDatabase.ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            return RegistrySearchSection.Skipped("the oversight benchmark", $"{BenchDatabase.ServerVariable} is not set; `dotnet pwsh ./build.ps1 bench` starts a throwaway cluster when the PostgreSQL server binaries are installed");
        }

        if (await BenchDatabase.ProbeAsync(server, cancellationToken) is { } unreachable)
        {
            return RegistrySearchSection.Skipped("the oversight benchmark", $"the server in {BenchDatabase.ServerVariable} does not answer: {unreachable}");
        }

        // Declared first, disposed last: the database is dropped only after the host is killed.
        await using var database = await BenchDatabase.CreateAsync(server, load.KeepDatabase, context.Log, cancellationToken);
        context.Log.WriteLine("  starting Cqo.Host on PostgreSQL without a job server (migrates and seeds)...");
        await using var host = await RunningApp.StartAsync(OversightApps.Host(context.Host, database.ConnectionString), s_startTimeout, cancellationToken);
        try
        {
            var today = TimeProvider.System.Today();
            var data = await new OversightDataGenerator(database.DataSource, context.Log).RunAsync(options, today, cancellationToken);
            context.Log.WriteLine("  signing in as municipal and pudong (sign-in page, code + PKCE)...");
            var tokens = new Dictionary<string, string>
            {
                [FigureCase.Municipal] = await OAuthSignIn.AccessTokenAsync(host.BaseAddress, FigureCase.Municipal, DemoPassword, cancellationToken),
                [FigureCase.Pudong] = await OAuthSignIn.AccessTokenAsync(host.BaseAddress, FigureCase.Pudong, DemoPassword, cancellationToken),
            };
            var loadBefore = MachineLoad.Now();
            var results = await FigureBenchmark.MeasureAsync(context, options, database.DataSource, host.BaseAddress, tokens, today);
            var loadAfter = MachineLoad.Now();
            host.EnsureRunning();
            var sizes = new List<(string, string)>();
            foreach (var table in OversightDataGenerator.Tables)
            {
                sizes.Add((table, await database.ScalarAsync($"SELECT pg_size_pretty(pg_total_relation_size('oversight.\"{table}\"'))", cancellationToken)));
            }

            var facts = new OversightFacts(
                await database.ScalarAsync("SHOW server_version", cancellationToken),
                await database.ScalarAsync(
                    "SELECT string_agg(name || ' ' || current_setting(name), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'jit', 'max_parallel_workers_per_gather', 'effective_cache_size')",
                    cancellationToken),
                await database.ScalarAsync("SELECT 'fsync ' || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit')", cancellationToken),
                sizes,
                await database.ScalarAsync(
                    "SELECT string_agg(relname || ' ' || round(100.0 * relallvisible / greatest(relpages, 1)) || ' %', ', ' ORDER BY relname) FROM pg_class WHERE relnamespace = 'oversight'::regnamespace AND relkind = 'r' AND relname LIKE '%Facts'",
                    cancellationToken),
                new MachineLoad(loadBefore, loadAfter));
            return OversightReport.Render(options, facts, data, results);
        }
        catch (Exception ex) when (ex is HttpRequestException or NpgsqlException or BenchmarkFailedException { Output.Count: 0 })
        {
            // A refused connection, a dead database or an error answer: the host's last lines usually say why.
            throw new BenchmarkFailedException($"Oversight: {ex.Message}", host.Output);
        }
    }
}
