using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.BareApp.Training;

/// <summary>What the bare enrolment answers: the new enrolment and whether it took a seat or joined the waitlist.</summary>
internal sealed record EnrolmentResult(Guid Id, Guid CourseId, string Status);

/// <summary>
/// The training baselines, with nothing around them (no authentication, permissions, EF Core, audit):
/// <c>GET /training/courses</c> sends the host's catalogue commands over raw ADO.NET; <c>POST
/// /training/courses/{id}/enrolments</c> is an unsponsored application written by hand: lock the course row and
/// read its count, insert the enrolment admitted or waitlisted, move the count, commit. <c>userId</c> and
/// <c>name</c> stand in for the officer's token.
/// </summary>
internal static class TrainingBaseline
{
    /// <summary><c>ConnectionStrings:Training</c> (env <c>ConnectionStrings__Training</c>); the endpoints exist only when it is set.</summary>
    public const string ConnectionStringName = "Training";

    private const string LockSql = """
        SELECT "SeatsTaken", "Capacity", "ProviderId"
        FROM training."Courses"
        WHERE "Id" = @id AND "Status" = 'Published' AND "EnrolmentOpens" <= @today AND "EnrolmentCloses" >= @today
        FOR UPDATE
        """;

    private const string InsertSql = """
        INSERT INTO training."Enrolments" ("Id", "CourseId", "ProviderId", "TraineeUserId", "TraineeName", "Channel", "Status",
            "WaitlistedAt", "ConcurrencyStamp", "CreatedAt", "CreatedBy")
        VALUES (@id, @course, @provider, @user, @name, 'Self', @status, @waitlisted, @stamp, @now, @user)
        """;

    private const string CountSql = """UPDATE training."Courses" SET "SeatsTaken" = @taken WHERE "Id" = @course""";

    private static readonly TimeSpan s_shanghai = TimeSpan.FromHours(8);

    public static void AddTrainingBaseline(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connectionString)
        {
            builder.Services.AddKeyedSingleton(ConnectionStringName, (_, _) => NpgsqlDataSource.Create(connectionString));
        }
    }

    public static void MapTrainingBaseline(this WebApplication app)
    {
        if (string.IsNullOrEmpty(app.Configuration.GetConnectionString(ConnectionStringName)))
        {
            return;
        }

        app.MapGet("/training/courses", async (
            string? search, string? type, DateOnly? openForEnrolmentOn, int? skip, int? take,
            [FromKeyedServices(ConnectionStringName)] NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            TypedResults.Ok(await CatalogueAsync(new CourseCatalogue(search, type, openForEnrolmentOn, skip ?? 0, take ?? 20), dataSource, cancellationToken)));
        app.MapPost("/training/courses/{id:guid}/enrolments", async Task<IResult> (
            Guid id, Guid userId, string name,
            [FromKeyedServices(ConnectionStringName)] NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            await EnrolAsync(id, userId, name, dataSource, cancellationToken) is { } enrolment
                ? TypedResults.Created($"/training/enrolments/{enrolment.Id}", enrolment)
                : TypedResults.Conflict());
    }

    private static async Task<CoursePage> CatalogueAsync(CourseCatalogue query, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var items = new List<CourseItem>(query.Take);
        await using (var page = query.PageCommand(connection))
        await using (var reader = await page.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new CourseItem(
                    reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.GetString(6), reader.GetDecimal(7), reader.GetFieldValue<DateOnly>(8), reader.GetFieldValue<DateOnly>(9),
                    reader.GetFieldValue<DateOnly>(10), reader.GetInt32(11), reader.GetInt32(12), reader.GetString(13)));
            }
        }

        // As the host: the count only when the page cannot tell it (a short page ends the list).
        if (items.Count < query.Take && (items.Count > 0 || query.Skip == 0))
        {
            return new CoursePage(items, query.Skip + items.Count);
        }

        await using var count = query.CountCommand(connection);
        return new CoursePage(items, (int)(await count.ExecuteScalarAsync(cancellationToken))!);
    }

    /// <summary>The enrolment, or null when the course is not open for enrolment today (Shanghai).</summary>
    private static async Task<EnrolmentResult?> EnrolAsync(Guid courseId, Guid userId, string name, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int taken, capacity;
        Guid providerId;
        await using (var seats = new NpgsqlCommand(LockSql, connection, transaction))
        {
            seats.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = courseId });
            seats.Parameters.Add(new NpgsqlParameter<DateOnly>("today", NpgsqlDbType.Date) { TypedValue = DateOnly.FromDateTime(now.ToOffset(s_shanghai).DateTime) });
            await using var reader = await seats.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            (taken, capacity, providerId) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetGuid(2));
        }

        var seated = taken < capacity;
        var enrolment = new EnrolmentResult(Guid.CreateVersion7(now), courseId, seated ? "Admitted" : "Waitlisted");
        await using var batch = new NpgsqlBatch(connection, transaction);
        var insert = new NpgsqlBatchCommand(InsertSql);
        insert.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = enrolment.Id });
        insert.Parameters.Add(new NpgsqlParameter<Guid>("course", NpgsqlDbType.Uuid) { TypedValue = courseId });
        insert.Parameters.Add(new NpgsqlParameter<Guid>("provider", NpgsqlDbType.Uuid) { TypedValue = providerId });
        insert.Parameters.Add(new NpgsqlParameter<Guid>("user", NpgsqlDbType.Uuid) { TypedValue = userId });
        insert.Parameters.Add(new NpgsqlParameter<string>("name", NpgsqlDbType.Varchar) { TypedValue = name });
        insert.Parameters.Add(new NpgsqlParameter<string>("status", NpgsqlDbType.Varchar) { TypedValue = enrolment.Status });
        insert.Parameters.Add(new NpgsqlParameter("waitlisted", NpgsqlDbType.TimestampTz) { Value = seated ? DBNull.Value : now });
        insert.Parameters.Add(new NpgsqlParameter<Guid>("stamp", NpgsqlDbType.Uuid) { TypedValue = Guid.NewGuid() });
        insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = now });
        batch.BatchCommands.Add(insert);
        if (seated)
        {
            var count = new NpgsqlBatchCommand(CountSql);
            count.Parameters.Add(new NpgsqlParameter<int>("taken", NpgsqlDbType.Integer) { TypedValue = taken + 1 });
            count.Parameters.Add(new NpgsqlParameter<Guid>("course", NpgsqlDbType.Uuid) { TypedValue = courseId });
            batch.BatchCommands.Add(count);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return enrolment;
    }
}
