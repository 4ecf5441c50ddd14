using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.BareApp.Certification;

/// <summary>
/// The JSON the host answers (<c>PublicCertificateDto</c>), property for property, statuses as their names; the
/// holder's name masked, <c>StatusOn</c> the status at the end of <c>AsOf</c> in Shanghai (null before issue).
/// </summary>
internal sealed record PublicCertificate(
    string Number,
    string Status,
    string HolderName,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    string IssuerName,
    string? CourseTitle,
    string? ReplacedByNumber,
    DateOnly AsOf,
    string? StatusOn);

/// <summary>
/// The two commands Cqo.Host sends for <c>GET /api/public/certificates/{number}</c> (PublicVerification's compiled
/// queries: the certificate by its number with its history, then the successor's number when it was replaced), as
/// written to its EF Core command log; same text and parameter types, so PostgreSQL plans both sides alike. The benchmark
/// links this file to EXPLAIN exactly these commands. The rest is what the host's domain does in memory: the
/// number normalized, the name masked, the status on a day read from the history.
/// </summary>
internal static partial class CertificateLookup
{
    /// <summary>Every column of the certificate and of its history rows, as EF Core reads an entity with an owned collection.</summary>
    public const string CertificateSql = """
        SELECT c1."Id", c1."ConcurrencyStamp", c1."CourseId", c1."CourseTitle", c1."CreatedAt", c1."CreatedBy", c1."DistrictCode", c1."EnrolmentId", c1."EnterpriseId", c1."HolderName", c1."HolderUserId", c1."IdNumberMasked", c1."IssuedOn", c1."IssuerName", c1."JurisdictionCode", c1."ModifiedAt", c1."ModifiedBy", c1."Number", c1."Origin", c1."PersonId", c1."ProviderId", c1."ReplacedById", c1."ReplacesId", c1."Sequence", c1."Status", c1."StatusListIndex", c1."StatusReason", c1."ValidUntil", c1."Year", c0."Id", c0."At", c0."ByName", c0."ByUserId", c0."CertificateId", c0."Evidence", c0."Kind", c0."Reason", c0."Status"
        FROM (
            SELECT c."Id", c."ConcurrencyStamp", c."CourseId", c."CourseTitle", c."CreatedAt", c."CreatedBy", c."DistrictCode", c."EnrolmentId", c."EnterpriseId", c."HolderName", c."HolderUserId", c."IdNumberMasked", c."IssuedOn", c."IssuerName", c."JurisdictionCode", c."ModifiedAt", c."ModifiedBy", c."Number", c."Origin", c."PersonId", c."ProviderId", c."ReplacedById", c."ReplacesId", c."Sequence", c."Status", c."StatusListIndex", c."StatusReason", c."ValidUntil", c."Year"
            FROM certification."Certificates" AS c
            WHERE c."Number" = @number
            LIMIT 2
        ) AS c1
        LEFT JOIN certification."CertificateChanges" AS c0 ON c1."Id" = c0."CertificateId"
        ORDER BY c1."Id"
        """;

    public const string SuccessorSql = """
        SELECT c."Number"
        FROM certification."Certificates" AS c
        WHERE c."Id" = @id
        LIMIT 2
        """;

    private static readonly TimeSpan s_shanghai = TimeSpan.FromHours(8);

    /// <summary>A number as typed or scanned: blanks around it and lower case are forgiven; anything else of the wrong shape is not found.</summary>
    public static bool TryNormalize(string? text, out string normalized)
    {
        normalized = (text ?? "").Trim().ToUpperInvariant();
        return Shape().IsMatch(normalized);
    }

    public static NpgsqlCommand CertificateCommand(NpgsqlConnection connection, string normalized)
    {
        var command = new NpgsqlCommand(CertificateSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("number", NpgsqlDbType.Varchar) { TypedValue = normalized });
        return command;
    }

    public static NpgsqlCommand SuccessorCommand(NpgsqlConnection connection, Guid id)
    {
        var command = new NpgsqlCommand(SuccessorSql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = id });
        return command;
    }

    /// <summary>The public view of the certificate with <paramref name="number"/> on <paramref name="asOf"/> (today when null); null when there is none.</summary>
    public static async Task<PublicCertificate?> VerifyAsync(NpgsqlDataSource dataSource, string number, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (!TryNormalize(number, out var normalized))
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        Found? found = null;
        await using (var command = CertificateCommand(connection, normalized))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                // One row per history step (the certificate's columns repeated); a number names at most one certificate.
                found ??= new Found(
                    reader.GetString(17), reader.GetString(24), reader.GetString(9), reader.GetFieldValue<DateOnly>(12),
                    reader.IsDBNull(27) ? null : reader.GetFieldValue<DateOnly>(27), reader.GetString(13), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(21) ? null : reader.GetGuid(21), []);
                if (!reader.IsDBNull(29))
                {
                    found.History.Add((reader.GetInt32(29), reader.GetFieldValue<DateTimeOffset>(30), reader.GetString(37)));
                }
            }
        }

        if (found is null)
        {
            return null;
        }

        string? replacedBy = null;
        if (found.ReplacedById is { } successor)
        {
            await using var command = SuccessorCommand(connection, successor);
            replacedBy = (string?)await command.ExecuteScalarAsync(cancellationToken);
        }

        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(s_shanghai).DateTime);
        var day = asOf ?? today;
        return new PublicCertificate(
            found.Number, found.StatusOn(today) ?? found.Status, MaskName(found.HolderName), found.IssuedOn, found.ValidUntil, found.IssuerName,
            found.CourseTitle, replacedBy, day, found.StatusOn(day));
    }

    /// <summary>The first character, and the last of names longer than two, the rest starred: 张三 → 张*, 欧阳娜娜 → 欧**娜.</summary>
    public static string MaskName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length switch
        {
            0 => "",
            1 => "*",
            2 => $"{trimmed[0]}*",
            _ => $"{trimmed[0]}{new string('*', trimmed.Length - 2)}{trimmed[^1]}",
        };
    }

    [GeneratedRegex(@"^SHCQO-\d{4}-\d{6}-\d{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>What the answer is made of: the row's fields and its history (id, time, status from then on).</summary>
    private sealed record Found(
        string Number, string Status, string HolderName, DateOnly IssuedOn, DateOnly? ValidUntil, string IssuerName, string? CourseTitle,
        Guid? ReplacedById, List<(int Id, DateTimeOffset At, string Status)> History)
    {
        /// <summary>
        /// The status at the end of <paramref name="day"/> in Shanghai: the last step taken by then (time, then id),
        /// valid before any; past the last day of validity a valid or suspended certificate reads expired; null before issue.
        /// </summary>
        public string? StatusOn(DateOnly day)
        {
            if (day < IssuedOn)
            {
                return null;
            }

            var status = "Valid";
            var at = DateTimeOffset.MinValue;
            var id = int.MinValue;
            foreach (var step in History)
            {
                if (DateOnly.FromDateTime(step.At.ToOffset(s_shanghai).DateTime) <= day && (step.At > at || (step.At == at && step.Id > id)))
                {
                    (status, at, id) = (step.Status, step.At, step.Id);
                }
            }

            return status is "Valid" or "Suspended" && ValidUntil is { } last && day > last ? "Expired" : status;
        }
    }
}
