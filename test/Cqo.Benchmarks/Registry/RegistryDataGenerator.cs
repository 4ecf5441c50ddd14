using System.Diagnostics;
using Cqo.Platform.Security;
using Npgsql;

namespace Cqo.Benchmarks.Registry;

/// <summary>How long one step of data generation took.</summary>
internal sealed record GenerationStep(string Name, long Rows, TimeSpan Elapsed)
{
    public const string Enterprises = "Enterprises (COPY)";
    public const string People = "People (encrypt, hash, mask, COPY)";

    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
}

/// <summary>
/// What was generated: timings, existing values to draw search terms from, and the fakers themselves, so that
/// import files go on from where the stored rows stopped (enterprise sequences from <see cref="NextSequence"/>,
/// resident IDs never issued) and hold only new enterprises and people.
/// </summary>
internal sealed record GeneratedData(
    IReadOnlyList<GenerationStep> Steps,
    IReadOnlyList<string> Usccs,
    IReadOnlyList<string> Names,
    EnterpriseFaker Enterprises,
    long NextSequence,
    PersonFaker People)
{
    public GenerationStep Step(string name) => Steps.Single(s => s.Name == name);
}

/// <summary>
/// Fills the host's freshly migrated and seeded database with enterprises, their awards and people through
/// binary COPY, then <c>VACUUM ANALYZE</c>, so the planner has statistics and index-only scans see an
/// all-visible map, as on a database that has been running for a while. Seeded (fixed) randomness: every run
/// generates the same data, so runs compare.
/// </summary>
internal sealed class RegistryDataGenerator(NpgsqlDataSource database, PersonalDataProtector protector, TextWriter log)
{
    // About this many existing USCCs and names are kept as search terms.
    private const int SampleSize = 4000;

    public async Task<GeneratedData> RunAsync(RegistryOptions options, CancellationToken cancellationToken)
    {
        var random = new Random(20_261_127);
        var now = DateTimeOffset.UtcNow;
        var steps = new List<GenerationStep>();
        var reserved = await SeededUsccsAsync(cancellationToken);
        var keepEvery = Math.Max(1, options.Enterprises / SampleSize);
        var usccs = new List<string>();
        var names = new List<string>();
        var ids = new Guid[options.Enterprises];
        var jurisdictions = new string[options.Enterprises];
        var awards = new List<(Guid, AwardRow)>();

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var faker = new EnterpriseFaker(random, now);
        await TimedAsync(steps, GenerationStep.Enterprises, options.Enterprises, () => RegistryCopy.EnterprisesAsync(
            connection,
            Enumerable.Range(0, options.Enterprises).Select(i =>
            {
                var row = faker.Next(i);
                // A generated code equal to a seeded demo code moves past every other sequence instead.
                row = reserved.Contains(row.Uscc) ? faker.Next(options.Enterprises + i) : row;
                ids[i] = row.Id;
                jurisdictions[i] = row.District.Code;
                awards.AddRange(row.Awards.Select(a => (row.Id, a)));
                if (i % keepEvery == 0)
                {
                    usccs.Add(row.Uscc);
                    names.Add(row.Name);
                }

                return row;
            }),
            cancellationToken));
        await TimedAsync(steps, "Enterprise awards (COPY)", awards.Count, () => RegistryCopy.AwardsAsync(connection, awards, cancellationToken));

        var people = new PersonFaker(random, protector, now);
        await TimedAsync(steps, GenerationStep.People, options.People, () => RegistryCopy.PeopleAsync(
            connection,
            Enumerable.Range(0, options.People).Select(_ =>
            {
                var enterprise = random.Next(options.Enterprises);
                return people.Next(ids[enterprise], jurisdictions[enterprise]);
            }),
            cancellationToken));

        await TimedAsync(steps, "VACUUM ANALYZE (3 tables)", 0, async () =>
        {
            foreach (var table in new[] { "Enterprises", "EnterpriseAwards", "People" })
            {
                await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE registry.\"{table}\"", connection) { CommandTimeout = 0 };
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }
        });

        await CheckpointAsync(connection, log, cancellationToken);
        // Sequences below 2 × Enterprises are taken (a clash with a seeded code moved past Enterprises).
        return new GeneratedData(steps, usccs, names, faker, 2L * options.Enterprises, people);
    }

    /// <summary>Writes the load's dirty pages now rather than during the measurements; needs a privileged role, else skipped.</summary>
    internal static async Task CheckpointAsync(NpgsqlConnection connection, TextWriter log, CancellationToken cancellationToken)
    {
        try
        {
            await using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection) { CommandTimeout = 0 };
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            log.WriteLine($"    (no CHECKPOINT: {ex.MessageText})");
        }
    }

    private async Task<HashSet<string>> SeededUsccsAsync(CancellationToken cancellationToken)
    {
        var usccs = new HashSet<string>(StringComparer.Ordinal);
        await using var command = database.CreateCommand("""SELECT "Uscc" FROM registry."Enterprises" """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            usccs.Add(reader.GetString(0));
        }

        return usccs;
    }

    private Task TimedAsync(List<GenerationStep> steps, string name, long rows, Func<Task> step) => TimedAsync(steps, name, rows, step, log);

    /// <summary>Runs one generation step, logging it and adding its time to <paramref name="steps"/>.</summary>
    internal static async Task TimedAsync(List<GenerationStep> steps, string name, long rows, Func<Task> step, TextWriter log)
    {
        log.WriteLine(rows > 0 ? $"  {name}: {rows:N0} rows..." : $"  {name}...");
        var stopwatch = Stopwatch.StartNew();
        await step();
        steps.Add(new GenerationStep(name, rows, stopwatch.Elapsed));
        log.WriteLine($"    done in {stopwatch.Elapsed.TotalSeconds:F1} s");
    }
}
