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
/// The command Cqo.Host sends for <c>GET /api/public/certificates/{number}</c> (PublicVerification: the
/// certificate by its number with its history and its successor's number, one compiled query), as written to its
/// EF Core command log; same text and parameter types, so PostgreSQL plans both sides alike. The benchmark
/// links this file to EXPLAIN exactly this command. The rest is what the host's domain does in memory: the
/// number normalized, the name masked, the status on a day read from the history.
/// </summary>
internal static partial class CertificateLookup
{
    /// <summary>
    /// Every column of the certificate and of its history rows, as EF Core reads an entity with an owned collection,
    /// and the successor's number as a subquery on the primary key (null unless the certificate was replaced).
    /// </summary>
    public const string CertificateSql = """
        SELECT c2."Id", c2."ConcurrencyStamp", c2."CourseId", c2."CourseTitle", c2."CreatedAt", c2."CreatedBy", c2."DistrictCode", c2."EnrolmentId", c2."EnterpriseId", c2."HolderName", c2."HolderUserId", c2."IdNumberMasked", c2."IssuedOn", c2."IssuerName", c2."JurisdictionCode", c2."ModifiedAt", c2."ModifiedBy", c2."Number", c2."Origin", c2."PersonId", c2."ProviderId", c2."ReplacedById", c2."ReplacesId", c2."Sequence", c2."Status", c2."StatusListIndex", c2."StatusReason", c2."ValidUntil", c2."Year", c0."Id", c0."At", c0."ByName", c0."ByUserId", c0."CertificateId", c0."Evidence", c0."Kind", c0."Reason", c0."Status", c2.c
        FROM (
            SELECT c."Id", c."ConcurrencyStamp", c."CourseId", c."CourseTitle", c."CreatedAt", c."CreatedBy", c."DistrictCode", c."EnrolmentId", c."EnterpriseId", c."HolderName", c."HolderUserId", c."IdNumberMasked", c."IssuedOn", c."IssuerName", c."JurisdictionCode", c."ModifiedAt", c."ModifiedBy", c."Number", c."Origin", c."PersonId", c."ProviderId", c."ReplacedById", c."ReplacesId", c."Sequence", c."Status", c."StatusListIndex", c."StatusReason", c."ValidUntil", c."Year", (
                SELECT c1."Number"
                FROM certification."Certificates" AS c1
                WHERE c1."Id" = c."ReplacedById"
                LIMIT 1) AS c
            FROM certification."Certificates" AS c
            WHERE c."Number" = @number
            LIMIT 2
        ) AS c2
        LEFT JOIN certification."CertificateChanges" AS c0 ON c2."Id" = c0."CertificateId"
        ORDER BY c2."Id"
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
                    reader.IsDBNull(38) ? null : reader.GetString(38), []);
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

        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(s_shanghai).DateTime);
        var day = asOf ?? today;
        return new PublicCertificate(
            found.Number, found.StatusOn(today) ?? found.Status, MaskName(found.HolderName), found.IssuedOn, found.ValidUntil, found.IssuerName,
            found.CourseTitle, found.ReplacedByNumber, day, found.StatusOn(day));
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

    /// <summary>What the answer is made of: the row's fields, the successor's number and the history (id, time, status from then on).</summary>
    private sealed record Found(
        string Number, string Status, string HolderName, DateOnly IssuedOn, DateOnly? ValidUntil, string IssuerName, string? CourseTitle,
        string? ReplacedByNumber, List<(int Id, DateTimeOffset At, string Status)> History)
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
