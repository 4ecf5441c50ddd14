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
            cells.AddRange(await ReadAsync(connection, sql, cancellationToken));
        }

        return Assemble(c, today, cells);
    }

    /// <summary>A second, independent way to some of the numbers, compared once with the host's table: empty when they agree.</summary>
    public virtual Task<string> CheckAsync(NpgsqlConnection connection, FigureCase c, DateOnly today, FigureTable host, CancellationToken cancellationToken) =>
        Task.FromResult("");

    /// <summary>Reads the statement's cells.</summary>
    protected static async Task<List<RawCell>> ReadAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var cells = new List<RawCell>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(new RawCell(
                reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetBoolean(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDecimal(4)));
        }

        return cells;
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

    /// <summary>The dimension's column as it is (a cast would make the planner group by sorting rather than hashing).</summary>
    protected static string Dim(FigureCase c) => c.By switch
    {
        Dimension.None => "NULL::varchar",
        Dimension.District => "\"DistrictCode\"",
        Dimension.Jurisdiction => "\"JurisdictionCode\"",
        Dimension.IndustrySection => "\"IndustrySectionCode\"",
        Dimension.IndustryDivision => "\"IndustryDivisionCode\"",
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
/// The state at each period's end, as the host computes it (the fastest way found; a running sum in SQL over the same
/// monthly flows was slower): in one round trip, what came in and what went out by month up to the last closed month,
/// summed here at each closed period's end; for the current period the state at the end of last month corrected by
/// this month's comings and goings by today, read through the month indexes rather than a scan of the state.
/// </summary>
internal sealed class RawStock(string key, string table, string inMonth, string outMonth, string inDay, string outDay) : RawFigure(key, table)
{
    private const int CameIn = 0;
    private const int WentOut = 1;
    private const int Correction = 2;

    public override IReadOnlyList<string> Statements(FigureCase c, DateOnly today)
    {
        var periods = c.Periods().Where(p => p.FirstDay <= today).ToList();
        if (periods.Count == 0)
        {
            return [];
        }

        var current = periods[^1].LastDay >= today ? periods[^1] : null;
        var (thisMonth, lastMonth) = (MonthOf(today), MonthOf(today.AddMonths(-1)));
        var until = current is null ? MonthOf(periods[^1].LastDay) : lastMonth;
        var day = Literal(today);
        var correction = current is null ? "" : Invariant($"""

            UNION ALL
            SELECT {Dim(c)}, false, {current.Bucket}, {Correction},
                (count(*) FILTER (WHERE "{inMonth}" = {thisMonth} AND "{inDay}" <= {day})
                - count(*) FILTER (WHERE "{outMonth}" = {thisMonth} AND "{outDay}" <= {day} AND "{inDay}" <= {day})
                + count(*) FILTER (WHERE "{inDay}" > {day} AND "{outMonth}" <= {lastMonth}))::numeric
            FROM {Table} WHERE ("{inMonth}" >= {thisMonth} OR "{outMonth}" = {thisMonth}){Scope(c)} GROUP BY 1
            """);
        return [Invariant($"""
            SELECT {Dim(c)}, false, "{inMonth}", {CameIn}, count(*)::numeric FROM {Table} WHERE "{inMonth}" <= {until}{Scope(c)} GROUP BY 1, 3
            UNION ALL
            SELECT {Dim(c)}, false, "{outMonth}", {WentOut}, count(*)::numeric FROM {Table}
            WHERE "{inMonth}" IS NOT NULL AND "{outMonth}" <= {until}{Scope(c)} GROUP BY 1, 3{correction}
            """)];
    }

    /// <summary>Each closed period's end: came in by then less gone out by then; the current period: last month's end plus the correction.</summary>
    protected override FigureTable Assemble(FigureCase c, DateOnly today, List<RawCell> cells)
    {
        var result = new FigureTable();
        var lastMonth = MonthOf(today.AddMonths(-1));
        foreach (var period in c.Periods().Where(p => p.FirstDay <= today))
        {
            var current = period.LastDay >= today;
            var end = current ? lastMonth : MonthOf(period.LastDay);
            var states = cells
                .Where(x => (x.Detail == CameIn || x.Detail == WentOut) && x.Bucket <= end)
                .Concat(current ? cells.Where(x => x.Detail == Correction) : [])
                .GroupBy(x => x.Dim)
                .Select(g => (Dim: g.Key, Value: g.Sum(x => x.Detail == WentOut ? -x.Value : x.Value)))
                .ToList();
            foreach (var (dim, value) in states)
            {
                result.Set(dim, period.Key, value);
            }

            result.Set(FigureTable.Total, period.Key, states.Sum(s => s.Value));
        }

        return result;
    }

    private static int MonthOf(DateOnly day) => (day.Year * 100) + day.Month;

    /// <summary>The current period by the definition itself: the facts standing today, counted (a scan of the whole state).</summary>
    public override async Task<string> CheckAsync(NpgsqlConnection connection, FigureCase c, DateOnly today, FigureTable host, CancellationToken cancellationToken)
    {
        if (c.Periods().FirstOrDefault(p => p.FirstDay <= today && p.LastDay >= today) is not { } current)
        {
            return "";
        }

        var day = Literal(today);
        var cells = await ReadAsync(connection, Invariant($"""
            SELECT {Dim(c)}, false, {current.Bucket}, 0, count(*)::numeric FROM {Table}
            WHERE "{inDay}" <= {day} AND ("{outDay}" IS NULL OR "{outDay}" > {day}){Scope(c)} GROUP BY 1
            """), cancellationToken);
        var direct = new FigureTable();
        foreach (var cell in cells)
        {
            direct.Set(cell.Dim, current.Key, cell.Value);
        }

        direct.Set(FigureTable.Total, current.Key, cells.Sum(x => x.Value));
        return host.Only(current.Key).Differences(direct);
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
        new RawStock("filings.active", "FilingFacts", "ActivatedMonth", "EndedMonth", "ActivatedOn", "EndedOn"),
        new RawFlow("filings.ended", "FilingFacts", "EndedMonth", "count(*)"),
        new RawDistribution("filings.review-days", "FilingFacts", "DecidedMonth", "ReviewWorkingDays"),
        new RawFlow("training.trained", "EnrolmentFacts", "TrainedMonth", "count(DISTINCT \"TraineeKey\")", distinct: true),
        new RawFlow("training.passes", "EnrolmentFacts", "PassedMonth", "count(*)"),
        new RawFlow("certificates.issued", "CertificateFacts", "IssuedMonth", "count(*)"),
        new RawStock("certificates.valid", "CertificateFacts", "IssuedMonth", "InvalidMonth", "IssuedOn", "InvalidFrom"),
        new RawFlow("certificates.expired", "CertificateFacts", "ExpiredMonth", "count(*)"),
        new RawFlow("certificates.revoked", "CertificateFacts", "RevokedMonth", "count(*)"),
        new RawFlow("credits.hours", "CreditFacts", "CountedMonth", "sum(\"Hours\")"),
    }.ToDictionary(f => f.Key);

    /// <summary>Fails the run when a figure has no raw SQL: a new figure must be benchmarked too.</summary>
    public static RawFigure For(Figure figure) => ByKey.TryGetValue(figure.Key, out var raw)
        ? raw
        : throw new BenchmarkFailedException($"The oversight benchmark has no raw SQL for the figure '{figure.Key}'; add it to {nameof(RawFigures)}.");
}
