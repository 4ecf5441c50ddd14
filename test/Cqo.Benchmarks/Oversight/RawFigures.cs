using System.Globalization;
using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Contracts;
using Npgsql;

namespace Cqo.Benchmarks.Oversight;

/// <summary>One row read by a raw statement: the dimension's code, whether it is the total row, the bucket, the detail (a distribution's duration) and the value.</summary>
internal readonly record struct RawCell(string? Dim, bool IsTotal, int Bucket, int Detail, decimal Value);

/// <summary>
/// The best hand-written SQL for one figure on the same fact tables, over Npgsql with no ORM: the statements of a
/// case (values inlined as literals, as a person writing the query for that question would), then the table built
/// from their rows. Every statement returns <c>dim, is_total, bucket, detail, value</c>.
/// </summary>
internal abstract class RawFigure(string key, string table)
{
    public string Key => key;

    protected string Table => $"oversight.\"{table}\"";

    public abstract IReadOnlyList<string> Statements(FigureCase c, DateOnly today);

    public async Task<FigureTable> RunAsync(NpgsqlConnection connection, FigureCase c, DateOnly today, CancellationToken cancellationToken)
    {
        var cells = new List<RawCell>();
        foreach (var sql in Statements(c, today))
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                cells.Add(new RawCell(
                    reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetBoolean(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDecimal(4)));
            }
        }

        return Assemble(c, today, cells);
    }

    /// <summary>The table: a value per row and period, and the total row (summed here unless a statement returned it).</summary>
    protected virtual FigureTable Assemble(FigureCase c, DateOnly today, List<RawCell> cells)
    {
        var result = new FigureTable();
        var periods = c.Periods().ToDictionary(p => p.Bucket, p => p.Key);
        var totals = cells.Any(x => x.IsTotal) ? cells.Where(x => x.IsTotal) : cells.GroupBy(x => x.Bucket).Select(g => new RawCell(null, true, g.Key, 0, g.Sum(x => x.Value)));
        foreach (var cell in cells.Where(x => !x.IsTotal).Concat(totals))
        {
            result.Set(cell.IsTotal ? FigureTable.Total : cell.Dim, periods[cell.Bucket], cell.Value);
        }

        return result;
    }

    protected static string Dim(FigureCase c) => c.By switch
    {
        Dimension.None => "NULL::text",
        Dimension.District => "\"DistrictCode\"::text",
        Dimension.Jurisdiction => "\"JurisdictionCode\"::text",
        Dimension.IndustrySection => "\"IndustrySectionCode\"::text",
        Dimension.IndustryDivision => "\"IndustryDivisionCode\"::text",
        _ => throw new NotSupportedException($"No raw SQL by {c.By}."),
    };

    protected static string Scope(FigureCase c) => c.Unit is { } unit ? $" AND \"JurisdictionCode\" = '{unit}'" : "";

    protected static string Bucket(FigureCase c, string month) => c.Granularity switch
    {
        Granularity.Year => $"\"{month}\" / 100",
        Granularity.Month => $"\"{month}\"",
        _ => throw new NotSupportedException($"No raw SQL by {c.Granularity}."),
    };

    protected static string Literal(DateOnly day) => Invariant($"DATE '{day:yyyy-MM-dd}'");

    protected static string Invariant(FormattableString sql) => sql.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Events in each period: one GROUP BY of the month column's bucket, counted, summed or counted once per person.</summary>
internal sealed class RawFlow(string key, string table, string month, string measure, bool distinct = false) : RawFigure(key, table)
{
    public override IReadOnlyList<string> Statements(FigureCase c, DateOnly today)
    {
        var (first, last) = c.Months();
        var where = Invariant($"\"{month}\" BETWEEN {first} AND {last}{Scope(c)}");
        if (!distinct || c.By == Dimension.None)
        {
            return [Invariant($"SELECT {Dim(c)}, false, {Bucket(c, month)}, 0, {measure}::numeric FROM {Table} WHERE {where} GROUP BY 1, 3")];
        }

        // People once per row and once in the total: a second grouping set rather than a second scan.
        return [Invariant($"""
            SELECT {Dim(c)}, GROUPING({Dim(c)}) = 1, {Bucket(c, month)}, 0, {measure}::numeric FROM {Table} WHERE {where}
            GROUP BY GROUPING SETS (({Dim(c)}, {Bucket(c, month)}), ({Bucket(c, month)}))
            """)];
    }
}

/// <summary>
/// The state at each period's end: for closed periods the running sum of what came in minus what went out by month,
/// in one statement; the current period counted by its day columns as of today.
/// </summary>
internal sealed class RawStock(string key, string table, string inMonth, string outMonth, Func<string, string> standingOn) : RawFigure(key, table)
{
    public override IReadOnlyList<string> Statements(FigureCase c, DateOnly today)
    {
        var periods = c.Periods();
        var closed = periods.Where(p => p.LastDay < today).ToList();
        var statements = new List<string>();
        if (closed.Count > 0)
        {
            var ends = string.Join(", ", closed.Select(p => Invariant($"({p.Bucket}, {(p.LastDay.Year * 100) + p.LastDay.Month})")));
            var last = (closed[^1].LastDay.Year * 100) + closed[^1].LastDay.Month;
            statements.Add(Invariant($"""
                WITH flows AS (
                    SELECT {Dim(c)} AS dim, "{inMonth}" AS month, count(*) AS n FROM {Table} WHERE "{inMonth}" <= {last}{Scope(c)} GROUP BY 1, 2
                    UNION ALL
                    SELECT {Dim(c)}, "{outMonth}", -count(*) FROM {Table} WHERE "{inMonth}" IS NOT NULL AND "{outMonth}" <= {last}{Scope(c)} GROUP BY 1, 2)
                SELECT f.dim, false, p.bucket, 0, sum(f.n)::numeric FROM flows AS f JOIN (VALUES {ends}) AS p(bucket, last) ON f.month <= p.last GROUP BY 1, 3
                """));
        }

        if (periods.FirstOrDefault(p => p.FirstDay <= today && p.LastDay >= today) is { } current)
        {
            statements.Add(Invariant($"SELECT {Dim(c)}, false, {current.Bucket}, 0, count(*)::numeric FROM {Table} WHERE {standingOn(Literal(today))}{Scope(c)} GROUP BY 1"));
        }

        return statements;
    }
}

/// <summary>The median and 90th percentile of a duration: the histogram per row and period from one GROUP BY, the percentiles (nearest rank) from it.</summary>
internal sealed class RawDistribution(string key, string table, string month, string duration) : RawFigure(key, table)
{
    public override IReadOnlyList<string> Statements(FigureCase c, DateOnly today)
    {
        var (first, last) = c.Months();
        return [Invariant($"""
            SELECT {Dim(c)}, false, {Bucket(c, month)}, "{duration}", count(*)::numeric FROM {Table}
            WHERE "{month}" BETWEEN {first} AND {last} AND "{duration}" IS NOT NULL{Scope(c)} GROUP BY 1, 3, 4
            """)];
    }

    protected override FigureTable Assemble(FigureCase c, DateOnly today, List<RawCell> cells)
    {
        var result = new FigureTable();
        var periods = c.Periods().ToDictionary(p => p.Bucket, p => p.Key);
        foreach (var group in cells.GroupBy(x => (Row: x.Dim ?? FigureTable.Unknown, x.Bucket)).Concat(cells.GroupBy(x => (Row: FigureTable.Total, x.Bucket))))
        {
            var histogram = group.Select(x => (x.Detail, x.Value)).ToList();
            result.Set(group.Key.Row, periods[group.Key.Bucket], Percentiles.Of(histogram, 50), Percentiles.Of(histogram, 90));
        }

        return result;
    }
}

/// <summary>The raw SQL of every figure in <see cref="FigureCatalogue.All"/>, by key: the figures' definitions restated over the fact tables' columns.</summary>
internal static class RawFigures
{
    public static IReadOnlyDictionary<string, RawFigure> ByKey { get; } = new RawFigure[]
    {
        new RawFlow("filings.new", "FilingFacts", "ApprovedMonth", "count(*)"),
        new RawStock("filings.active", "FilingFacts", "ActivatedMonth", "EndedMonth",
            day => $"\"ActivatedOn\" <= {day} AND (\"EndedOn\" IS NULL OR \"EndedOn\" > {day})"),
        new RawFlow("filings.ended", "FilingFacts", "EndedMonth", "count(*)"),
        new RawDistribution("filings.review-days", "FilingFacts", "DecidedMonth", "ReviewWorkingDays"),
        new RawFlow("training.trained", "EnrolmentFacts", "TrainedMonth", "count(DISTINCT \"TraineeKey\")", distinct: true),
        new RawFlow("training.passes", "EnrolmentFacts", "PassedMonth", "count(*)"),
        new RawFlow("certificates.issued", "CertificateFacts", "IssuedMonth", "count(*)"),
        new RawStock("certificates.valid", "CertificateFacts", "IssuedMonth", "InvalidMonth",
            day => $"\"IssuedOn\" <= {day} AND (\"InvalidFrom\" IS NULL OR \"InvalidFrom\" > {day})"),
        new RawFlow("certificates.expired", "CertificateFacts", "ExpiredMonth", "count(*)"),
        new RawFlow("certificates.revoked", "CertificateFacts", "RevokedMonth", "count(*)"),
        new RawFlow("credits.hours", "CreditFacts", "CountedMonth", "sum(\"Hours\")"),
    }.ToDictionary(f => f.Key);

    /// <summary>Fails the run when a figure has no raw SQL: a new figure must be benchmarked too.</summary>
    public static RawFigure For(Figure figure) => ByKey.TryGetValue(figure.Key, out var raw)
        ? raw
        : throw new BenchmarkFailedException($"The oversight benchmark has no raw SQL for the figure '{figure.Key}'; add it to {nameof(RawFigures)}.");
}
