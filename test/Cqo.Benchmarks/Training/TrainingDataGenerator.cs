using Cqo.Benchmarks.Registry;
using Npgsql;

namespace Cqo.Benchmarks.Training;

/// <summary>The enrolment run's courses, each with <see cref="Capacity"/> seats of which <see cref="SeatsLeft"/> are free.</summary>
internal sealed record SeatCourses(IReadOnlyList<Guid> HostWarmup, IReadOnlyList<Guid> Host, IReadOnlyList<Guid> BareWarmup, IReadOnlyList<Guid> Bare, int Capacity, int SeatsLeft);

/// <summary>What was generated: timings, the day it was generated around, the courses by status, and the enrolment run's courses.</summary>
internal sealed record TrainingData(
    IReadOnlyList<GenerationStep> Steps, DateOnly Today, IReadOnlyDictionary<string, int> CoursesByStatus, long Enrolments, SeatCourses Seats)
{
    public int OpenToday { get; init; }
}

/// <summary>
/// Fills the host's freshly migrated training schema through binary COPY: providers and trainers, courses with
/// modules and sessions, then the enrolments (the table's secondary indexes dropped first and built again after,
/// which is how a bulk load of millions of rows is done), then <c>VACUUM ANALYZE</c> and a checkpoint. Seeded
/// randomness: the same data every run, dated around today in Shanghai. The enrolment run's courses come on top.
/// </summary>
internal sealed class TrainingDataGenerator(NpgsqlDataSource database, TextWriter log)
{
    private static readonly string[] s_tables = ["Providers", "Trainers", "Courses", "CourseModules", "CourseSessions", "Enrolments"];

    public async Task<TrainingData> RunAsync(TrainingOptions options, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(20_261_127);
        var now = DateTimeOffset.UtcNow;
        var ids = new GeneratedIds(random, now);
        var steps = new List<GenerationStep>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);

        var names = new ProviderFaker(random, ids, now);
        var providers = Enumerable.Range(0, options.Providers).Select(names.Next).ToList();
        var trainers = providers.ToDictionary(p => p.Id, p => names.Trainers(p).ToList());
        await TimedAsync(steps, $"Providers and trainers ({ProviderFaker.TrainersPerProvider} each)", providers.Count * (1 + ProviderFaker.TrainersPerProvider), () =>
        {
            TrainingCopy.Providers(connection, providers);
            TrainingCopy.Trainers(connection, trainers.Values.SelectMany(t => t));
        });

        var faker = new CourseFaker(random, ids, today, [.. providers.Where(p => p.Status == "Approved").Select(p => (p, trainers[p.Id].Select(t => t.Id).ToArray()))]);
        var courses = Enumerable.Range(0, options.Courses).Select(_ => faker.Next()).ToList();
        EnrolmentPlan.Assign(courses, options.Enrolments, today, random);
        var (seats, seatRows) = LastSeatCourses(options, faker);
        var allCourses = courses.Concat(seatRows).ToList();
        await TimedAsync(steps, "Courses, modules, sessions", allCourses.Count + allCourses.Sum(c => c.Modules.Count + c.Sessions.Count), () =>
        {
            TrainingCopy.Courses(connection, allCourses);
            TrainingCopy.Modules(connection, allCourses);
            TrainingCopy.Sessions(connection, allCourses);
        });

        var enrolments = allCourses.Sum(c => (long)c.Enrolments.Sum(e => e.Count));
        var indexes = await SecondaryIndexesAsync(connection, "training", "Enrolments", cancellationToken);
        await ExecuteAsync(connection, string.Join(";\n", indexes.Select(i => $"DROP INDEX training.\"{i.Name}\"")), cancellationToken);
        var people = new EnrolmentFaker(random, ids, today);
        await TimedAsync(steps, "Enrolments (COPY, secondary indexes dropped)", enrolments, () =>
            TrainingCopy.Enrolments(connection, allCourses.SelectMany(c =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return people.For(c);
            })));
        await RegistryDataGenerator.TimedAsync(steps, $"Enrolment indexes ({indexes.Count}, built again)", 0, async () =>
        {
            await ExecuteAsync(connection, "SET maintenance_work_mem = '512MB'", cancellationToken);
            foreach (var (_, definition) in indexes)
            {
                await ExecuteAsync(connection, definition, cancellationToken);
            }
        }, log);
        await RegistryDataGenerator.TimedAsync(steps, $"VACUUM ANALYZE ({s_tables.Length} tables)", 0, async () =>
        {
            foreach (var table in s_tables)
            {
                await ExecuteAsync(connection, $"VACUUM ANALYZE training.\"{table}\"", cancellationToken);
            }
        }, log);
        await RegistryDataGenerator.CheckpointAsync(connection, log, cancellationToken);

        return new TrainingData(
            steps, today, courses.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count()), enrolments, seats)
        {
            OpenToday = allCourses.Count(c => c.Status == "Published" && c.EnrolmentOpens <= today && today <= c.EnrolmentCloses),
        };
    }

    /// <summary>Host and bare app each get warm-up and measured courses, full but for the last seats (admitted enrolments fill the rest).</summary>
    private static (SeatCourses, List<CourseRow>) LastSeatCourses(TrainingOptions options, CourseFaker faker)
    {
        var capacity = Math.Max(30, options.SeatsLeft + 25);
        var rows = new List<CourseRow>();
        List<Guid> Block(int count)
        {
            var block = Enumerable.Range(rows.Count + 1, count).Select(n => faker.LastSeats(n, capacity)).ToList();
            block.ForEach(c => c.Enrolments = [("Admitted", capacity - options.SeatsLeft)]);
            rows.AddRange(block);
            return [.. block.Select(c => c.Id)];
        }

        var seats = new SeatCourses(
            Block(TrainingOptions.WarmupCourses), Block(options.SeatCourses), Block(TrainingOptions.WarmupCourses), Block(options.SeatCourses),
            capacity, options.SeatsLeft);
        return (seats, rows);
    }

    /// <summary>The table's indexes other than its primary key, with the statements that create them.</summary>
    internal static async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(
        NpgsqlConnection connection, string schema, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT i.indexname, i.indexdef
            FROM pg_indexes AS i
            WHERE i.schemaname = @schema AND i.tablename = @table
              AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conname = i.indexname AND c.contype = 'p')
            ORDER BY i.indexname
            """,
            connection);
        command.Parameters.AddWithValue("schema", schema);
        command.Parameters.AddWithValue("table", table);
        var indexes = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task TimedAsync(List<GenerationStep> steps, string name, long rows, Action copy) =>
        RegistryDataGenerator.TimedAsync(steps, name, rows, () => Task.Run(copy), log);
}
