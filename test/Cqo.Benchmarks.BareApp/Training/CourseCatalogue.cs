using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.BareApp.Training;

/// <summary>The JSON the host answers (<c>PagedResult&lt;CourseListItemDto&gt;</c>), property for property, enums as their names.</summary>
internal sealed record CoursePage(IReadOnlyList<CourseItem> Items, int TotalCount);

internal sealed record CourseItem(
    Guid Id,
    Guid ProviderId,
    string ProviderName,
    string Title,
    string Type,
    string Tier,
    string Delivery,
    decimal TotalHours,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly EnrolmentCloses,
    int Capacity,
    int SeatsTaken,
    string Status);

/// <summary>
/// The two commands Cqo.Host sends for <c>GET /api/training/courses</c> as an officer (CourseQueries.ListAsync: the
/// page with the provider's name as a subquery, then a count when the page is full or empty past the first), as
/// written to its EF Core command log, for the filters the benchmark uses: a title search, a type, open for
/// enrolment on a day; default sort (start date, id). The officer's visibility filter (no drafts) comes first, as
/// EF writes it. Same text and parameter types (parameter names aside), so PostgreSQL plans both sides alike; the
/// benchmark links this file to EXPLAIN exactly these commands.
/// </summary>
/// <param name="Search">Part of a title (<c>Contains</c>).</param>
/// <param name="Type">A <c>CourseType</c> name, as stored.</param>
/// <param name="OpenForEnrolmentOn">Published courses whose enrolment window includes this Shanghai day.</param>
/// <param name="Skip">Rows to skip.</param>
/// <param name="Take">Page size (the host's default is 20).</param>
internal sealed record CourseCatalogue(string? Search, string? Type, DateOnly? OpenForEnrolmentOn, int Skip = 0, int Take = 20)
{
    public string CountSql => $"""
        SELECT count(*)::int
        FROM training."Courses" AS c
        WHERE {Where()}
        """;

    public string PageSql => $"""
        SELECT c."Id", c."ProviderId", (
            SELECT p."Name"
            FROM training."Providers" AS p
            WHERE p."Id" = c."ProviderId"
            LIMIT 1), c."Title", c."Type", c."Tier", c."Delivery", c."TotalHours", c."StartDate", c."EndDate", c."EnrolmentCloses", c."Capacity", c."SeatsTaken", c."Status"
        FROM training."Courses" AS c
        WHERE {Where()}
        ORDER BY c."StartDate", c."Id"
        LIMIT @take OFFSET @skip
        """;

    public NpgsqlCommand CountCommand(NpgsqlConnection connection) => Command(connection, CountSql, page: false);

    public NpgsqlCommand PageCommand(NpgsqlConnection connection) => Command(connection, PageSql, page: true);

    /// <summary>EF Core's parameter for <c>Contains</c>: LIKE wildcards and the escape character escaped, between <c>%</c>.</summary>
    private static string ContainsPattern(string term)
    {
        var pattern = new StringBuilder(term.Length + 2).Append('%');
        foreach (var c in term)
        {
            if (c is '%' or '_' or '\\')
            {
                pattern.Append('\\');
            }

            pattern.Append(c);
        }

        return pattern.Append('%').ToString();
    }

    private string Where()
    {
        List<string> terms = ["c.\"Status\" <> 'Draft'"];
        if (!string.IsNullOrWhiteSpace(Search))
        {
            terms.Add("c.\"Title\" LIKE @term_contains");
        }

        if (Type is not null)
        {
            terms.Add("c.\"Type\" = @type");
        }

        if (OpenForEnrolmentOn is not null)
        {
            terms.Add("c.\"Status\" = 'Published' AND c.\"EnrolmentOpens\" <= @day AND c.\"EnrolmentCloses\" >= @day");
        }

        return string.Join(" AND ", terms);
    }

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql, bool page)
    {
        var command = new NpgsqlCommand(sql, connection);
        var parameters = command.Parameters;
        if (!string.IsNullOrWhiteSpace(Search))
        {
            parameters.Add(new NpgsqlParameter<string>("term_contains", NpgsqlDbType.Varchar) { TypedValue = ContainsPattern(Search.Trim()) });
        }

        if (Type is not null)
        {
            parameters.Add(new NpgsqlParameter<string>("type", NpgsqlDbType.Varchar) { TypedValue = Type });
        }

        if (OpenForEnrolmentOn is { } day)
        {
            parameters.Add(new NpgsqlParameter<DateOnly>("day", NpgsqlDbType.Date) { TypedValue = day });
        }

        if (page)
        {
            parameters.Add(new NpgsqlParameter<int>("take", NpgsqlDbType.Integer) { TypedValue = Take });
            parameters.Add(new NpgsqlParameter<int>("skip", NpgsqlDbType.Integer) { TypedValue = Skip });
        }

        return command;
    }
}
