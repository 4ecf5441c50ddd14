using Cqo.Benchmarks.Registry;
using Npgsql;

namespace Cqo.Benchmarks.Oversight;

/// <summary>What was generated: the steps' rows and times, and the day (Shanghai) the data ends before.</summary>
internal sealed record OversightData(IReadOnlyList<GenerationStep> Steps, DateOnly Today)
{
    public long Rows(string table) => Steps.Where(s => s.Name.StartsWith(table, StringComparison.Ordinal)).Sum(s => s.Rows);
}

/// <summary>
/// Fills oversight's fact tables of the host's freshly migrated and seeded database directly, set-based
/// (<c>INSERT … SELECT FROM generate_series</c>), as the fact store would hold them after years of change events:
/// every value a hash of the row's number and a salt, so every run generates the same facts. Enterprises are spread
/// over the 16 districts by economic weight (some Pudong, Fengxian, Minhang and Changning ones under the Lingang and
/// Airport units), over the industry divisions of the reference data (60 % manufacturing, section C), mostly micro
/// and small; each fact copies its enterprise's dimensions and regulator unit, as the store does. Dates grow over
/// the years (30 % uniform, 70 % with a linearly rising density), the last ones yesterday. Then <c>VACUUM ANALYZE</c>,
/// so the planner has statistics and index-only scans an all-visible map.
/// </summary>
internal sealed class OversightDataGenerator(NpgsqlDataSource database, TextWriter log)
{
    public const string EnterpriseStep = "EnterpriseFacts";
    public const string FilingStep = "FilingFacts";
    public const string EnrolmentStep = "EnrolmentFacts";
    public const string CertificateStep = "CertificateFacts";
    public const string CreditStep = "CreditFacts";

    /// <summary>The fact tables, for VACUUM ANALYZE and the report's sizes.</summary>
    public static readonly string[] Tables = [EnterpriseStep, FilingStep, EnrolmentStep, CertificateStep, CreditStep];

    /// <summary>Slots of the weighted lookup tables: a weight is kept to 1/10,000.</summary>
    private const int Slots = 10_000;

    public async Task<OversightData> RunAsync(OversightOptions options, DateOnly today, CancellationToken cancellationToken)
    {
        var steps = new List<GenerationStep>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // The joins of millions of facts to a million enterprises stay in memory; compiling the long expressions would take longer than running them.
        await ExecuteAsync(connection, "SET work_mem = '256MB'; SET jit = off", cancellationToken);
        await TimedAsync(steps, "Helpers (hash functions, weighted district and division slots)", 0, () => HelpersAsync(connection, cancellationToken));

        var parameters = new Dictionary<string, object>
        {
            ["enterprises"] = options.Enterprises,
            ["filings"] = options.Filings,
            ["enrolments"] = options.Enrolments,
            ["certificates"] = options.Certificates,
            ["credits"] = options.Credits,
            // Trainees and holders: a pool of people half the enrolments, so that people repeat.
            ["people"] = Math.Max(1, options.Enrolments / 2),
            ["courses"] = Math.Max(10, options.Enrolments / 100),
            ["today"] = today,
        };
        await TimedAsync(steps, EnterpriseStep, options.Enterprises, () => ExecuteAsync(connection, OversightFactSql.Enterprises, cancellationToken, parameters));
        await TimedAsync(steps, FilingStep, options.Filings, () => ExecuteAsync(connection, OversightFactSql.Filings, cancellationToken, parameters));
        await TimedAsync(steps, EnrolmentStep, options.Enrolments, () => ExecuteAsync(connection, OversightFactSql.Enrolments, cancellationToken, parameters));
        await TimedAsync(steps, CertificateStep, options.Certificates, () => ExecuteAsync(connection, OversightFactSql.Certificates, cancellationToken, parameters));
        await TimedAsync(steps, CreditStep, options.Credits, () => ExecuteAsync(connection, OversightFactSql.Credits, cancellationToken, parameters));
        await TimedAsync(steps, "FactVersions (every kind and month, version 1)", 0, () => ExecuteAsync(connection, OversightFactSql.Versions, cancellationToken, parameters));
        await ExecuteAsync(connection, "DROP SCHEMA bench_gen CASCADE", cancellationToken);
        await TimedAsync(steps, $"VACUUM ANALYZE ({Tables.Length} tables, again until every page is all-visible)", 0, async () =>
        {
            foreach (var table in Tables)
            {
                await ExecuteAsync(connection, $"VACUUM ANALYZE oversight.\"{table}\"", cancellationToken);
            }

            // A transaction running anywhere on a shared server as VACUUM starts keeps it from marking the new rows'
            // pages all-visible, and index-only scans need that mark (autovacuum would have set it on a database in
            // use): VACUUM again, a moment later, until it holds.
            for (var attempt = 1; attempt <= 30 && await NotAllVisibleAsync(connection, cancellationToken) is { Count: > 0 } pending; attempt++)
            {
                log.WriteLine($"    not all-visible yet: {string.Join(", ", pending)}; VACUUM again ({attempt})");
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                foreach (var table in pending)
                {
                    await ExecuteAsync(connection, $"VACUUM oversight.\"{table}\"", cancellationToken);
                }
            }
        });

        await RegistryDataGenerator.CheckpointAsync(connection, log, cancellationToken);
        return new OversightData(steps, today);
    }

    /// <summary>The fact tables with less than 99 % of their pages marked all-visible.</summary>
    private static async Task<List<string>> NotAllVisibleAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT relname FROM pg_class WHERE relnamespace = 'oversight'::regnamespace AND relname = ANY($1) AND relallvisible < relpages * 0.99 ORDER BY 1",
            connection);
        command.Parameters.AddWithValue(Tables);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>
    /// <c>bench_gen.r(i, salt)</c>, a uniform number in [0, 1) from a row number; <c>bench_gen.uid(kind, i)</c>, an id;
    /// <c>bench_gen.month(day)</c>, the <c>yyyymm</c> month as facts keep it; and the weighted slots of districts and
    /// divisions (each division's section from <c>reference."IndustryDivisions"</c>, as the host derives it).
    /// </summary>
    private static async Task HelpersAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, OversightFactSql.Helpers, cancellationToken);
        var districts = Slotted(ShanghaiDistricts.All.Select(d => (d.Code, d.Weight)));
        var manufacturing = IndustryMix.Manufacturing.Sum(d => d.Weight);
        var other = IndustryMix.Other.Sum(d => d.Weight);
        var divisions = Slotted(IndustryMix.Manufacturing.Select(d => (d.Code, d.Weight / manufacturing * IndustryMix.ManufacturingShare))
            .Concat(IndustryMix.Other.Select(d => (d.Code, d.Weight / other * (1 - IndustryMix.ManufacturingShare)))));
        await ExecuteAsync(connection, """
            INSERT INTO bench_gen.districts (slot, code) SELECT n - 1, code FROM unnest(@districts) WITH ORDINALITY AS u(code, n);
            INSERT INTO bench_gen.divisions (slot, code, section)
            SELECT n - 1, u.code, d."SectionCode" FROM unnest(@divisions) WITH ORDINALITY AS u(code, n)
            JOIN reference."IndustryDivisions" AS d ON d."Code" = u.code;
            """, cancellationToken, new Dictionary<string, object> { ["districts"] = districts, ["divisions"] = divisions });
        await using var check = new NpgsqlCommand("SELECT count(*) FROM bench_gen.divisions", connection);
        if ((long)(await check.ExecuteScalarAsync(cancellationToken))! != Slots)
        {
            throw new BenchmarkFailedException("Some generated industry divisions are not in the reference data (reference.\"IndustryDivisions\").");
        }
    }

    /// <summary><see cref="Slots"/> codes, each as often as its share of the weight.</summary>
    private static string[] Slotted(IEnumerable<(string Code, double Weight)> weighted)
    {
        var list = weighted.ToList();
        var total = list.Sum(w => w.Weight);
        var slots = new string[Slots];
        var (item, cumulative) = (0, list[0].Weight);
        for (var slot = 0; slot < Slots; slot++)
        {
            while ((slot + 0.5) / Slots * total > cumulative && item < list.Count - 1)
            {
                item++;
                cumulative += list[item].Weight;
            }

            slots[slot] = list[item].Code;
        }

        return slots;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, IReadOnlyDictionary<string, object>? parameters = null)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters ?? new Dictionary<string, object>())
        {
            if (sql.Contains('@' + name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, value);
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task TimedAsync(List<GenerationStep> steps, string name, long rows, Func<Task> step) => RegistryDataGenerator.TimedAsync(steps, name, rows, step, log);
}
