using System.Diagnostics;
using System.Globalization;
using Cqo.Benchmarks.Registry;
using Cqo.Benchmarks.Training;
using Cqo.Certification.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.Certification;

/// <summary>What was generated: the plan (to draw numbers from), the steps' timings, and the history rows written.</summary>
internal sealed record CertificationData(CertificatePlan Plan, IReadOnlyList<GenerationStep> Steps, long Changes)
{
    public TimeSpan Total => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);

    public IReadOnlyDictionary<CertificateStatus, int> ByStatus() =>
        Plan.Certificates.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());

    public IReadOnlyDictionary<CertificateOrigin, int> ByOrigin() =>
        Plan.Certificates.GroupBy(c => c.Origin).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>
/// Fills the host's freshly migrated certification schema through binary COPY: the certificates, then their
/// history, with both tables' secondary indexes and the history's foreign key dropped first and made again after
/// (as a bulk load of millions of rows is done); then the number sequences the host goes on from, <c>VACUUM
/// ANALYZE</c> and a checkpoint. Seeded: the same data every run, dated up to yesterday in Shanghai.
/// </summary>
internal sealed class CertificationDataGenerator(NpgsqlDataSource database, TextWriter log)
{
    private const string Schema = "certification";
    private static readonly string[] s_tables = ["Certificates", "CertificateChanges", "NumberSequences"];

    public async Task<CertificationData> RunAsync(CertificationOptions options, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(20_261_127);
        var steps = new List<GenerationStep>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await EnsureEmptyAsync(connection, cancellationToken);

        log.WriteLine($"  planning {options.Certificates:N0} certificates...");
        var planning = Stopwatch.StartNew();
        var plan = await Task.Run(() => CertificatePlan.Generate(options.Certificates, today, DateTimeOffset.UtcNow, random), cancellationToken);
        steps.Add(new GenerationStep("Plan (issue dates, numbers, renewals, re-issues, steps; in memory)", plan.Count, planning.Elapsed));

        var certificateIndexes = await TrainingDataGenerator.SecondaryIndexesAsync(connection, Schema, "Certificates", cancellationToken);
        var changeIndexes = await TrainingDataGenerator.SecondaryIndexesAsync(connection, Schema, "CertificateChanges", cancellationToken);
        var foreignKeys = await ForeignKeysAsync(connection, "CertificateChanges", cancellationToken);
        var indexes = certificateIndexes.Concat(changeIndexes).ToList();
        await TrainingDataGenerator.ExecuteAsync(
            connection,
            string.Join(";\n", foreignKeys.Select(k => $"ALTER TABLE {Schema}.\"CertificateChanges\" DROP CONSTRAINT \"{k.Name}\"")
                .Concat(indexes.Select(i => $"DROP INDEX {Schema}.\"{i.Name}\""))),
            cancellationToken);

        long changes = 0;
        await TimedAsync(steps, "Certificates (holders derived, COPY; indexes dropped)", plan.Count, () =>
            changes = CertificationCopy.Certificates(connection, plan, random, cancellationToken));
        await TimedAsync(steps, "Certificate changes (COPY; index and foreign key dropped)", changes, () =>
            CertificationCopy.Changes(connection, plan, cancellationToken));
        await RegistryDataGenerator.TimedAsync(steps, $"Indexes ({indexes.Count}, built again) and the history's foreign key", 0, async () =>
        {
            await TrainingDataGenerator.ExecuteAsync(connection, "SET maintenance_work_mem = '512MB'", cancellationToken);
            foreach (var (_, definition) in indexes)
            {
                await TrainingDataGenerator.ExecuteAsync(connection, definition, cancellationToken);
            }

            foreach (var (name, definition) in foreignKeys)
            {
                await TrainingDataGenerator.ExecuteAsync(connection, $"ALTER TABLE {Schema}.\"CertificateChanges\" ADD CONSTRAINT \"{name}\" {definition}", cancellationToken);
            }
        }, log);
        var sequences = plan.LastSequences();
        await RegistryDataGenerator.TimedAsync(steps, "Number sequences (per year and district, and the status list)", sequences.Count + 1, () =>
            NumberSequencesAsync(connection, sequences, plan.Count, cancellationToken), log);
        await RegistryDataGenerator.TimedAsync(steps, $"VACUUM ANALYZE ({s_tables.Length} tables)", 0, async () =>
        {
            foreach (var table in s_tables)
            {
                await TrainingDataGenerator.ExecuteAsync(connection, $"VACUUM ANALYZE {Schema}.\"{table}\"", cancellationToken);
            }
        }, log);
        await RegistryDataGenerator.CheckpointAsync(connection, log, cancellationToken);
        return new CertificationData(plan, steps, changes);
    }

    /// <summary>The host issues no certificates when it seeds; numbers and status-list positions would clash otherwise.</summary>
    private static async Task EnsureEmptyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """SELECT (SELECT count(*) FROM certification."Certificates") + (SELECT count(*) FROM certification."NumberSequences")""", connection);
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! != 0)
        {
            throw new BenchmarkFailedException("The host's database already holds certificates or number sequences; the generator expects none.");
        }
    }

    /// <summary>The table's foreign keys, with their definitions (<c>FOREIGN KEY … REFERENCES … ON DELETE CASCADE</c>).</summary>
    private static async Task<List<(string Name, string Definition)>> ForeignKeysAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint AS c
            WHERE c.conrelid = format('%I.%I', @schema::text, @table::text)::regclass AND c.contype = 'f'
            ORDER BY c.conname
            """,
            connection);
        command.Parameters.AddWithValue("schema", Schema);
        command.Parameters.AddWithValue("table", table);
        var keys = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add((reader.GetString(0), reader.GetString(1)));
        }

        return keys;
    }

    /// <summary>Each year and district's last number, and the status list's count (year 0, <c>000000</c>), so the host's next issue follows on.</summary>
    private static async Task NumberSequencesAsync(
        NpgsqlConnection connection, IReadOnlyDictionary<(int Year, string DistrictCode), int> sequences, int certificates, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO certification."NumberSequences" ("Year", "DistrictCode", "Last")
            SELECT * FROM unnest(@years, @districts, @lasts)
            """,
            connection);
        var rows = sequences.Append(new KeyValuePair<(int, string), int>((0, "000000"), certificates)).ToList();
        insert.Parameters.Add(new NpgsqlParameter<int[]>("years", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. rows.Select(r => r.Key.Item1)] });
        insert.Parameters.Add(new NpgsqlParameter<string[]>("districts", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = [.. rows.Select(r => r.Key.Item2)] });
        insert.Parameters.Add(new NpgsqlParameter<int[]>("lasts", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. rows.Select(r => r.Value)] });
        var inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        if (inserted != rows.Count)
        {
            throw new BenchmarkFailedException(string.Create(CultureInfo.InvariantCulture, $"Inserted {inserted} number sequences of {rows.Count}."));
        }
    }

    private Task TimedAsync(List<GenerationStep> steps, string name, long rows, Action copy) =>
        RegistryDataGenerator.TimedAsync(steps, name, rows, () => Task.Run(copy), log);
}
