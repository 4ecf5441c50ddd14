using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.BareApp.Registry;

/// <summary>
/// The two commands Cqo.Host sends for <c>GET /api/registry/enterprises</c> (EnterpriseQueries.ListAsync: a page
/// joined to the owned awards, then a count when the page is full or empty past the first), as written to its EF Core command log (Npgsql EF Core 10.0.3), for the
/// filters the benchmark uses: <c>search</c> (a USCC, or a name prefix), district, status, and the data-scope filter
/// of a city-wide caller or of a district regulator, default sort (name, id). Same text, same parameter types, so
/// PostgreSQL plans both sides alike. The benchmark links this file as well, to EXPLAIN exactly these commands.
/// </summary>
/// <param name="Search">A USCC, or the start of a name.</param>
/// <param name="DistrictCode">GB/T 2260 district code.</param>
/// <param name="Status">An <c>EnterpriseStatus</c> name, as stored.</param>
/// <param name="Jurisdiction">The district regulator's unit code; null for a caller who sees every row.</param>
/// <param name="Skip">Rows to skip.</param>
/// <param name="Take">Page size (the host's default is 20).</param>
internal sealed record EnterpriseSearch(
    string? Search,
    string? DistrictCode,
    string? Status,
    string? Jurisdiction,
    int Skip = 0,
    int Take = 20)
{
    private const string UsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private const int UsccLength = 18;

    private const string Columns =
        "e.\"Id\", e.\"AboveDesignatedSize\", e.\"Address\", e.\"ConcurrencyStamp\", e.\"CreatedAt\", e.\"CreatedBy\", "
        + "e.\"DeregisteredAt\", e.\"DistrictCode\", e.\"IndustryDivisionCode\", e.\"JurisdictionCode\", e.\"ModifiedAt\", "
        + "e.\"ModifiedBy\", e.\"Name\", e.\"Scale\", e.\"Specialised\", e.\"Status\", e.\"Uscc\", e.\"UsccOverrideReason\"";

    /// <summary>The search term as the host reads it: a code-shaped term is a USCC, anything else a name prefix.</summary>
    public string? Uscc => Search?.Trim().ToUpperInvariant() is { Length: UsccLength } code && code.All(c => UsccAlphabet.Contains(c))
        ? code
        : null;

    public string CountSql => $"""
        SELECT count(*)::int
        FROM registry."Enterprises" AS e
        WHERE {Where()}
        """;

    /// <summary>Columns 0-17 are the enterprise, 18-22 the award (<c>Id</c>, <c>EnterpriseId</c>, <c>Level</c>, <c>Name</c>, <c>Year</c>).</summary>
    public string PageSql => $"""
        SELECT {Columns.Replace("e.", "e1.", StringComparison.Ordinal)}, e0."Id", e0."EnterpriseId", e0."Level", e0."Name", e0."Year"
        FROM (
            SELECT {Columns}
            FROM registry."Enterprises" AS e
            WHERE {Where()}
            ORDER BY e."Name", e."Id"
            LIMIT @p2 OFFSET @p
        ) AS e1
        LEFT JOIN registry."EnterpriseAwards" AS e0 ON e1."Id" = e0."EnterpriseId"
        ORDER BY e1."Name", e1."Id"
        """;

    public NpgsqlCommand CountCommand(NpgsqlConnection connection) => Command(connection, CountSql, page: false);

    public NpgsqlCommand PageCommand(NpgsqlConnection connection) => Command(connection, PageSql, page: true);

    /// <summary>EF Core's parameter for <c>StartsWith</c>: LIKE wildcards and the escape character escaped, then <c>%</c>.</summary>
    private static string StartsWithPattern(string prefix)
    {
        var pattern = new StringBuilder(prefix.Length + 2);
        foreach (var c in prefix)
        {
            if (c is '%' or '_' or '\\')
            {
                pattern.Append('\\');
            }

            pattern.Append(c);
        }

        return pattern.Append('%').ToString();
    }

    // EF writes the data-scope filter first; with a null jurisdiction it compares the column with IS NULL.
    private string Where()
    {
        List<string> terms =
        [
            Jurisdiction is null
                ? "(@ef_filter__ScopeSeesAll OR (@ef_filter__p AND e.\"JurisdictionCode\" IS NULL))"
                : "(@ef_filter__ScopeSeesAll OR (@ef_filter__p AND e.\"JurisdictionCode\" = @ef_filter__ScopeJurisdictionCode))",
        ];
        if (!string.IsNullOrWhiteSpace(Search))
        {
            terms.Add(Uscc is null ? "e.\"Name\" LIKE @search_startswith" : "e.\"Uscc\" = @uscc");
        }

        if (!string.IsNullOrWhiteSpace(DistrictCode))
        {
            terms.Add("e.\"DistrictCode\" = @filter_DistrictCode");
        }

        if (!string.IsNullOrWhiteSpace(Status))
        {
            terms.Add("e.\"Status\" = @status");
        }

        return string.Join(" AND ", terms);
    }

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql, bool page)
    {
        var command = new NpgsqlCommand(sql, connection);
        var parameters = command.Parameters;
        // A city-wide caller sees all; a district regulator sees rows naming its unit (ADR 6).
        parameters.Add(new NpgsqlParameter<bool>("ef_filter__ScopeSeesAll", NpgsqlDbType.Boolean) { TypedValue = Jurisdiction is null });
        parameters.Add(new NpgsqlParameter<bool>("ef_filter__p", NpgsqlDbType.Boolean) { TypedValue = Jurisdiction is not null });
        if (Jurisdiction is not null)
        {
            parameters.Add(new NpgsqlParameter<string>("ef_filter__ScopeJurisdictionCode", NpgsqlDbType.Varchar) { TypedValue = Jurisdiction });
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            parameters.Add(Uscc is { } uscc
                ? new NpgsqlParameter<string>("uscc", NpgsqlDbType.Varchar) { TypedValue = uscc }
                : new NpgsqlParameter<string>("search_startswith", NpgsqlDbType.Varchar) { TypedValue = StartsWithPattern(Search.Trim()) });
        }

        if (!string.IsNullOrWhiteSpace(DistrictCode))
        {
            parameters.Add(new NpgsqlParameter<string>("filter_DistrictCode", NpgsqlDbType.Varchar) { TypedValue = DistrictCode });
        }

        if (!string.IsNullOrWhiteSpace(Status))
        {
            parameters.Add(new NpgsqlParameter<string>("status", NpgsqlDbType.Varchar) { TypedValue = Status });
        }

        if (page)
        {
            parameters.Add(new NpgsqlParameter<int>("p2", NpgsqlDbType.Integer) { TypedValue = Take });
            parameters.Add(new NpgsqlParameter<int>("p", NpgsqlDbType.Integer) { TypedValue = Skip });
        }

        return command;
    }
}
