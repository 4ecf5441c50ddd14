using Npgsql;

namespace Cqo.Benchmarks.Notifications;

/// <summary>What <see cref="HolderAccounts.CreateAsync"/> did: accounts added, and due certificates that had no holder account id.</summary>
internal sealed record HolderAccountsResult(long Accounts, long CertificatesGivenAHolder);

/// <summary>
/// Makes every certificate due in a reminder window reach its holder: a due certificate without a holder account
/// id is given one (the generator leaves 15 % of holders without an account), then one approved, unlocked
/// individual account with an e-mail address is inserted, set-based, for each distinct holder, columns as in the
/// PostgreSQL migration of <c>identity."Users"</c> (enums as the names EF Core stores). The accounts have no
/// password: nobody signs in as them, the reminders only look them up. Their user names start with
/// <see cref="UserNamePrefix"/>, so the delivery part can pick some of them.
/// </summary>
internal static class HolderAccounts
{
    public const string UserNamePrefix = "bench.holder.";

    public static async Task<HolderAccountsResult> CreateAsync(NpgsqlDataSource database, IReadOnlyList<DateOnly> eventDays, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var given = await ExecuteAsync(
            connection,
            """
            UPDATE certification."Certificates" SET "HolderUserId" = gen_random_uuid()
            WHERE "Status" = 'Valid' AND "ValidUntil" = ANY(@days) AND "HolderUserId" IS NULL
            """,
            eventDays,
            cancellationToken);
        var accounts = await ExecuteAsync(
            connection,
            $"""
            INSERT INTO identity."Users" (
                "Id", "UserName", "NormalizedUserName", "DisplayName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash",
                "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled",
                "AccessFailedCount", "ScopeKind", "OrganisationId", "JurisdictionCode", "OwnerUserId", "Approval", "PreferredCulture",
                "CreatedAt", "CreatedBy", "ModifiedAt", "ModifiedBy")
            SELECT DISTINCT ON (c."HolderUserId")
                c."HolderUserId", h.name, upper(h.name), left(c."HolderName", 64), h.email, upper(h.email), true, NULL,
                replace(gen_random_uuid()::text, '-', ''), gen_random_uuid()::text, NULL, false, false, NULL, true,
                0, 'Individual', NULL, NULL, c."HolderUserId", 'Approved', NULL,
                now(), NULL, NULL, NULL
            FROM certification."Certificates" AS c
            CROSS JOIN LATERAL (SELECT '{UserNamePrefix}' || replace(c."HolderUserId"::text, '-', '') AS name,
                'holder.' || replace(c."HolderUserId"::text, '-', '') || '@bench.example.cn' AS email) AS h
            WHERE c."Status" = 'Valid' AND c."ValidUntil" = ANY(@days)
            ORDER BY c."HolderUserId"
            ON CONFLICT ("Id") DO NOTHING
            """,
            eventDays,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var table in new[] { """certification."Certificates" """, """identity."Users" """ })
        {
            await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection) { CommandTimeout = 0 };
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return new HolderAccountsResult(accounts, given);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, IReadOnlyList<DateOnly> eventDays, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("days", eventDays.ToArray());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
