using Cqo.Benchmarks.Registry;
using Cqo.Notifications.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.Notifications;

/// <summary>What is in the notifications tables after a run: reminders, and deliveries by channel and status.</summary>
internal sealed record RunCounts(long Reminders, IReadOnlyDictionary<(string Channel, string Status), long> Deliveries)
{
    public long AllDeliveries => Deliveries.Values.Sum();

    public long Count(NotificationChannel channel, DeliveryStatus status) => Deliveries.GetValueOrDefault((channel.ToString(), status.ToString()));

    public string Describe() => string.Join(", ", Deliveries.OrderBy(d => d.Key).Select(d => $"{d.Key.Channel} {d.Key.Status} {d.Value:N0}"));
}

/// <summary>One run of the certificate-expiry rule as it would be asked of the database.</summary>
/// <param name="RuleId">The seeded rule's id.</param>
/// <param name="Window">Today (Asia/Shanghai), the rule's offsets and catch-up days.</param>
/// <param name="Subject">The zh-CN subject template (the accounts have no preferred language).</param>
/// <param name="Body">The zh-CN body template.</param>
/// <param name="Link">The absolute link the host renders (<c>Notifications:BaseUrl</c> + <c>/certification/mine</c>).</param>
internal sealed record ExpiryRun(Guid RuleId, ReminderWindow Window, string Subject, string Body, string Link)
{
    public DateOnly[] EventDays => [.. Window.EventDaysBefore()];
}

/// <summary>
/// The baselines of the expiry scan, in raw SQL over Npgsql: the source's query alone, and the whole run done
/// set-based in one statement. The predicate and the columns are those of <c>CertificateExpiryReminders</c>
/// (Status Valid and the last day of validity on one of the window's event days, ordered by last day and id).
/// </summary>
internal static class RawReminders
{
    public const string ScanSql =
        """
        SELECT c."Id", c."Number", c."HolderName", c."HolderUserId", c."EnterpriseId", c."JurisdictionCode", c."CourseTitle", c."ValidUntil"
        FROM certification."Certificates" AS c
        WHERE c."Status" = 'Valid' AND c."ValidUntil" = ANY(@days)
        ORDER BY c."ValidUntil", c."Id"
        """;

    /// <summary>
    /// The run set-based: the due certificates with the nearest offset in the window (as
    /// <see cref="ReminderWindow.OffsetBefore"/>), their templates filled (zh-CN dates), one reminder each unless
    /// recorded already (the unique key, as the host's own check), then an e-mail (pending, or skipped without an
    /// address) and an inbox delivery (sent) for every reachable holder: approved and not locked by an
    /// administrator, as <c>UserDirectory</c> reads it.
    /// </summary>
    private const string WriteSql =
        """
        WITH due AS (
            SELECT c."Id", c."HolderUserId", o."Offset", c."ValidUntil",
                replace(replace(replace(replace(replace(replace(@subject, '{holderName}', c."HolderName"), '{number}', c."Number"),
                    '{validUntil}', to_char(c."ValidUntil", 'YYYY"年"FMMM"月"FMDD"日"')), '{daysLeft}', (c."ValidUntil" - @today)::text),
                    '{courseTitle}', coalesce(c."CourseTitle", '')), '{link}', @link) AS "Subject",
                replace(replace(replace(replace(replace(replace(@body, '{holderName}', c."HolderName"), '{number}', c."Number"),
                    '{validUntil}', to_char(c."ValidUntil", 'YYYY"年"FMMM"月"FMDD"日"')), '{daysLeft}', (c."ValidUntil" - @today)::text),
                    '{courseTitle}', coalesce(c."CourseTitle", '')), '{link}', @link) AS "Body"
            FROM certification."Certificates" AS c
            CROSS JOIN LATERAL (SELECT min(x) AS "Offset" FROM unnest(@offsets) AS x WHERE c."ValidUntil" - x BETWEEN @from AND @today) AS o
            WHERE c."Status" = 'Valid' AND c."ValidUntil" = ANY(@days) AND o."Offset" IS NOT NULL
        ), reminders AS (
            INSERT INTO notifications."Reminders" ("Id", "RuleId", "SubjectKey", "Occurrence", "DueOn", "CreatedAt")
            SELECT gen_random_uuid(), @rule, d."Id"::text, d."Offset"::text || '@' || to_char(d."ValidUntil", 'YYYY-MM-DD'), d."ValidUntil" - d."Offset", @now
            FROM due AS d
            ON CONFLICT DO NOTHING
            RETURNING "Id", "SubjectKey"
        )
        INSERT INTO notifications."Deliveries" (
            "Id", "RuleId", "ReminderId", "Channel", "RecipientUserId", "RecipientOrganisationId", "RecipientName", "Address", "Culture",
            "Subject", "Body", "Link", "Status", "Attempts", "NextAttemptAt", "LeaseId", "LeasedUntil", "LastError", "CreatedAt", "SentAt",
            "ReadAt", "ResendOfId")
        SELECT gen_random_uuid(), @rule, r."Id", ch.channel, u."Id", NULL, u."DisplayName", CASE WHEN ch.channel = 'Email' THEN u."Email" END,
            'zh-CN', d."Subject", d."Body", @link,
            CASE WHEN ch.channel = 'Inbox' THEN 'Sent' WHEN coalesce(trim(u."Email"), '') = '' THEN 'Skipped' ELSE 'Pending' END,
            0, @now, NULL, NULL, CASE WHEN ch.channel = 'Email' AND coalesce(trim(u."Email"), '') = '' THEN 'no e-mail address' END, @now,
            CASE WHEN ch.channel = 'Inbox' THEN @now END, NULL, NULL
        FROM reminders AS r
        JOIN due AS d ON d."Id"::text = r."SubjectKey"
        JOIN identity."Users" AS u ON u."Id" = d."HolderUserId"
            AND u."Approval" = 'Approved' AND (u."LockoutEnd" IS NULL OR u."LockoutEnd" <> @locked)
        CROSS JOIN (VALUES ('Email'), ('Inbox')) AS ch(channel)
        """;

    public static NpgsqlCommand Scan(NpgsqlConnection connection, ExpiryRun run)
    {
        var command = new NpgsqlCommand(ScanSql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("days", run.EventDays);
        return command;
    }

    /// <summary>Reads every due certificate's columns, as the source does; returns how many.</summary>
    public static async Task<int> ScanAsync(NpgsqlDataSource database, ExpiryRun run, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Scan(connection, run);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        var length = 0L;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            var number = reader.GetString(1);
            var holderName = reader.GetString(2);
            Guid? holder = reader.IsDBNull(3) ? null : reader.GetGuid(3);
            var enterprise = reader.GetGuid(4);
            var jurisdiction = reader.GetString(5);
            var course = reader.IsDBNull(6) ? null : reader.GetString(6);
            var validUntil = reader.GetFieldValue<DateOnly>(7);
            // Used, so that nothing read is optimised away.
            length += number.Length + holderName.Length + jurisdiction.Length + (course?.Length ?? 0) + validUntil.Day + id.GetHashCode() % 2 + enterprise.GetHashCode() % 2 + (holder is null ? 0 : 1);
            rows++;
        }

        return length >= 0 ? rows : -1;
    }

    /// <summary>Records the run's reminders and deliveries in one statement.</summary>
    public static async Task WriteAsync(NpgsqlDataSource database, ExpiryRun run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(WriteSql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("days", run.EventDays);
        command.Parameters.Add(new NpgsqlParameter<int[]>("offsets", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. run.Window.Offsets] });
        command.Parameters.AddWithValue("from", run.Window.From);
        command.Parameters.AddWithValue("today", run.Window.Today);
        command.Parameters.AddWithValue("rule", run.RuleId);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("locked", DateTimeOffset.MaxValue);
        command.Parameters.Add(new NpgsqlParameter<string>("subject", NpgsqlDbType.Text) { TypedValue = run.Subject });
        command.Parameters.Add(new NpgsqlParameter<string>("body", NpgsqlDbType.Text) { TypedValue = run.Body });
        command.Parameters.Add(new NpgsqlParameter<string>("link", NpgsqlDbType.Text) { TypedValue = run.Link });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The day's rows (the past days' log, if any, left out).</summary>
    public static async Task<RunCounts> CountAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var reminders = new NpgsqlCommand("""SELECT count(*) FROM notifications."Reminders" """, connection);
        var count = (long)(await reminders.ExecuteScalarAsync(cancellationToken))!;
        await using var deliveries = new NpgsqlCommand(
            $"""SELECT "Channel", "Status", count(*) FROM notifications."Deliveries" WHERE "RuleId" <> '{HistoryRuleId}' GROUP BY "Channel", "Status" """, connection);
        var byKind = new Dictionary<(string, string), long>();
        await using var reader = await deliveries.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            byKind[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
        }

        return new RunCounts(count, byKind);
    }

    /// <summary>Pending e-mails: the delivery part polls this until it is zero.</summary>
    public static async Task<long> PendingEmailsAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""SELECT count(*) FROM notifications."Deliveries" WHERE "Status" = 'Pending' AND "Channel" = 'Email'""");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Forgets every reminder and delivery but the past days' log (<see cref="HistoryRuleId"/>), so the next run
    /// does the whole work again; vacuumed, so each run starts alike.
    /// </summary>
    public static async Task ClearAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        foreach (var sql in new[]
        {
            $"""DELETE FROM notifications."Deliveries" WHERE "RuleId" <> '{HistoryRuleId}'""",
            """DELETE FROM notifications."Reminders" """,
            """VACUUM ANALYZE notifications."Deliveries", notifications."Reminders" """,
        })
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Marks the sent deliveries of past days that <see cref="AddHistoryAsync"/> makes; no rule has this id.</summary>
    public static readonly Guid HistoryRuleId = new("00000000-0000-0000-0000-00000000d1a7");

    /// <summary>
    /// Fills the log with <paramref name="rows"/> sent deliveries of past days, copies of the day's rows as the raw
    /// run records them (the e-mails sent, a minute and a half apart going back), then clears the day.
    /// </summary>
    public static async Task AddHistoryAsync(NpgsqlDataSource database, ExpiryRun run, long rows, CancellationToken cancellationToken)
    {
        await ClearAsync(database, cancellationToken);
        await WriteAsync(database, run, DateTimeOffset.UtcNow, cancellationToken);
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        {
            await using var command = new NpgsqlCommand(
                $"""
                INSERT INTO notifications."Deliveries" (
                    "Id", "RuleId", "ReminderId", "Channel", "RecipientUserId", "RecipientOrganisationId", "RecipientName", "Address", "Culture",
                    "Subject", "Body", "Link", "Status", "Attempts", "NextAttemptAt", "LeaseId", "LeasedUntil", "LastError", "CreatedAt", "SentAt",
                    "ReadAt", "ResendOfId")
                SELECT gen_random_uuid(), '{HistoryRuleId}', d."ReminderId", d."Channel", d."RecipientUserId", NULL, d."RecipientName", d."Address",
                    d."Culture", d."Subject", d."Body", d."Link", 'Sent', 1, t.at, NULL, NULL, NULL, t.at, t.at, NULL, NULL
                FROM (SELECT d.*, row_number() OVER (ORDER BY d."Id") AS n, count(*) OVER () AS day FROM notifications."Deliveries" AS d) AS d
                CROSS JOIN generate_series(1, (@rows + d.day - 1) / d.day) AS g
                CROSS JOIN LATERAL (SELECT d."CreatedAt" - g * interval '90 seconds' AS at) AS t
                WHERE (g - 1) * d.day + d.n <= @rows
                """,
                connection)
            {
                CommandTimeout = 0,
            };
            command.Parameters.AddWithValue("rows", rows);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await ClearAsync(database, cancellationToken);
    }

    /// <summary>
    /// The plan of the read with which the dispatcher loads the batch it has just claimed: by the claimed
    /// ids and the lease (by lease alone, which no index covers, it scanned the whole log).
    /// </summary>
    public static async Task<QueryPlan> ClaimedPlanAsync(NpgsqlConnection connection, string when, CancellationToken cancellationToken)
    {
        await using var rows = new NpgsqlCommand("""SELECT count(*) FROM notifications."Deliveries" """, connection);
        var count = (long)(await rows.ExecuteScalarAsync(cancellationToken))!;
        await using var claimed = new NpgsqlCommand(
            """
            SELECT d."Id", d."Address", d."Attempts", d."Body", d."Channel", d."CreatedAt", d."Culture", d."LastError", d."LeaseId", d."LeasedUntil", d."Link",
                d."NextAttemptAt", d."ReadAt", d."RecipientName", d."RecipientOrganisationId", d."RecipientUserId", d."ReminderId", d."ResendOfId", d."RuleId",
                d."SentAt", d."Status", d."Subject"
            FROM notifications."Deliveries" AS d
            WHERE d."Id" = ANY (@ids) AND d."LeaseId" = @lease
            ORDER BY d."NextAttemptAt"
            """,
            connection);
        claimed.Parameters.AddWithValue("ids", Enumerable.Range(0, 100).Select(_ => Guid.CreateVersion7()).ToArray());
        claimed.Parameters.AddWithValue("lease", Guid.CreateVersion7());
        return await QueryPlans.ExplainAsync(
            $"A dispatch batch's claimed deliveries (DeliveryDispatcher, by id and lease), {when}: {count:N0} deliveries in the table", "claimed", claimed, cancellationToken);
    }
}
