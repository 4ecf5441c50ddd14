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
/// The state at each period's end, in one statement: the running sum of what came in less what went out by month up
/// to the last closed month, taken at each closed period's end; for the current period the state at the end of last
/// month corrected by this month's comings and goings by today (read through the month indexes, not a scan of the
/// state), as the host computes it.
/// </summary>
internal sealed class RawStock(string key, string table, string inMonth, string outMonth, string inDay, string outDay) : RawFigure(key, table)
{
    public override IReadOnlyList<string> Statements(FigureCase c, DateOnly today)
    {
        var periods = c.Periods().Where(p => p.FirstDay <= today).ToList();
        var current = periods.Count > 0 && periods[^1].LastDay >= today ? periods[^1] : null;
        var (thisMonth, lastMonth) = ((today.Year * 100) + today.Month, (today.AddMonths(-1).Year * 100) + today.AddMonths(-1).Month);
        var ends = periods.Where(p => p != current).Select(p => (p.Bucket, End: (p.LastDay.Year * 100) + p.LastDay.Month)).ToList();
        if (current is not null)
        {
            ends.Add((current.Bucket, lastMonth));
        }

        if (ends.Count == 0)
        {
            return [];
        }

        var until = ends.Max(e => e.End);
        var values = string.Join(", ", ends.Select(e => Invariant($"({e.Bucket}, {e.End})")));
        var delta = current is null ? "" : Invariant($"""

                UNION ALL
                SELECT {Dim(c)}, {current.Bucket},
                    count(*) FILTER (WHERE "{inMonth}" = {thisMonth} AND "{inDay}" <= {Literal(today)})
                    - count(*) FILTER (WHERE "{outMonth}" = {thisMonth} AND "{outDay}" <= {Literal(today)} AND "{inDay}" <= {Literal(today)})
                    + count(*) FILTER (WHERE "{inDay}" > {Literal(today)} AND "{outMonth}" <= {lastMonth})
                FROM {Table} WHERE ("{inMonth}" >= {thisMonth} OR "{outMonth}" = {thisMonth}){Scope(c)} GROUP BY 1
            """);
        return [Invariant($"""
            WITH flows AS (
                SELECT {Dim(c)} AS dim, "{inMonth}" AS month, count(*) AS n FROM {Table} WHERE "{inMonth}" <= {until}{Scope(c)} GROUP BY 1, 2
                UNION ALL
                SELECT {Dim(c)}, "{outMonth}", -count(*) FROM {Table} WHERE "{inMonth}" IS NOT NULL AND "{outMonth}" <= {until}{Scope(c)} GROUP BY 1, 2),
            states AS (
                SELECT f.dim, p.bucket, sum(f.n) AS n FROM flows AS f JOIN (VALUES {values}) AS p(bucket, last) ON f.month <= p.last GROUP BY 1, 2{delta})
            SELECT dim, false, bucket, 0, sum(n)::numeric FROM states GROUP BY 1, 3
            """)];
    }

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
        var direct = Assemble(c, today, cells);
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
