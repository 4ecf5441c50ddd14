using System.Linq.Expressions;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Figures;

/// <summary>
/// A state at each period's end: facts that came in (day <c>in</c>, month <c>inMonth</c>) by then and had not gone
/// out (day <c>out</c>, month <c>outMonth</c>). Two GROUP BYs over the months, summed up in memory, serve every closed
/// period at once. The current period, not over yet, is counted as of today: the state at the end of last month from
/// the same sums, corrected by the facts that came in or went out this month, so that no query reads more than this
/// month's facts besides the two sums.
/// </summary>
internal sealed class StockFigure<TRow>(
    string key,
    LocalizedText name,
    LocalizedText definition,
    LocalizedText unit,
    RecordView<TRow> view,
    Expression<Func<TRow, int?>> inMonth,
    Expression<Func<TRow, int?>> outMonth,
    Expression<Func<TRow, DateOnly?>> inDay,
    Expression<Func<TRow, DateOnly?>> outDay,
    bool hasProvider)
    : FactFigure<TRow>(key, name, definition, unit, view)
    where TRow : Fact
{
    public override FigureShape Shape => FigureShape.Stock;

    public override bool HasProvider => hasProvider;

    public override IQueryable<TRow> Behind(OversightDbContext db, FigureFilter filter, PeriodDto period, DateOnly today) =>
        RowsOn(db, filter, period.To < today ? period.To : today);

    public override async Task<decimal> TotalAsync(OversightDbContext db, FigureFilter filter, DateOnly from, DateOnly until, CancellationToken cancellationToken) =>
        await RowsOn(db, filter, until).CountAsync(cancellationToken);

    /// <summary>The facts standing on <paramref name="day"/>: in by then and not out.</summary>
    private IQueryable<TRow> RowsOn(OversightDbContext db, FigureFilter filter, DateOnly day) =>
        filter.Apply(db.Set<TRow>()).Where(Days((i, o) => i != null && i <= day && (o == null || o > day)));

    public override async Task<List<Cell>> ComputeAsync(OversightDbContext db, FigureQuery query, CancellationToken cancellationToken)
    {
        var periods = Periods.Between(query.FirstMonth, query.LastMonth, query.Granularity).Where(p => p.Period.From <= query.Today).ToList();
        if (periods.Count == 0)
        {
            return [];
        }

        (int Bucket, PeriodDto Period)? current = periods[^1].Period.To >= query.Today ? periods[^1] : null;
        var closed = current is null ? periods : periods[..^1];
        var thisMonth = Month.Of(query.Today);
        var lastMonth = Month.Of(query.Today.AddMonths(-1));
        var flowsUntil = current is null ? Month.Of(closed[^1].Period.To) : lastMonth;
        var (cameIn, wentOut) = await FlowsAsync(db, query, flowsUntil, cancellationToken);

        var cells = new List<Cell>();
        foreach (var (bucket, period) in closed)
        {
            var end = Month.Of(period.To);
            cells.AddRange(Standing(cameIn, wentOut, end).Select(s => new Cell(s.Dim, bucket, 0, s.Value)));
        }

        if (current is { } now)
        {
            var today = await TodayAsync(db, query, cameIn, wentOut, thisMonth, lastMonth, cancellationToken);
            // As a count of today's facts would: no cell for a value with none.
            cells.AddRange(today.Where(s => s.Value != 0).Select(s => new Cell(s.Dim, now.Bucket, 0, s.Value)));
        }

        return cells;
    }

    /// <summary>
    /// Facts come in and gone out by month, up to <paramref name="lastMonth"/>, by the query's dimension: kept by the
    /// query's cache, if it has one, while no fact holding one of those months changes.
    /// </summary>
    private async Task<(List<Cell> CameIn, List<Cell> WentOut)> FlowsAsync(OversightDbContext db, FigureQuery query, int lastMonth, CancellationToken cancellationToken)
    {
        if (query.Cache is not { } cache)
        {
            return await ComputeFlowsAsync(db, query, lastMonth, cancellationToken);
        }

        // One list: what went out is told apart by its detail.
        var flows = await cache.GetOrComputeAsync(db, typeof(TRow).Name, (Key, query.By, query.Filter), null, lastMonth, async () =>
        {
            var (cameIn, wentOut) = await ComputeFlowsAsync(db, query, lastMonth, cancellationToken);
            return [.. cameIn, .. wentOut.Select(c => c with { Detail = 1 })];
        }, cancellationToken);
        return ([.. flows.Where(c => c.Detail == 0)], [.. flows.Where(c => c.Detail == 1).Select(c => c with { Detail = 0 })]);
    }

    private async Task<(List<Cell> CameIn, List<Cell> WentOut)> ComputeFlowsAsync(OversightDbContext db, FigureQuery query, int lastMonth, CancellationToken cancellationToken)
    {
        var rows = query.Filter.Apply(db.Set<TRow>());
        var cameIn = await Grouping.GroupAsync(
            rows.Where(Grouping.Compose(inMonth, m => m != null && m <= lastMonth)),
            query.By, Grouping.Compose(inMonth, m => m!.Value), null, CountRows<TRow>.Instance, cancellationToken);
        var wentOut = await Grouping.GroupAsync(
            rows.Where(Grouping.Compose(inMonth, m => m != null)).Where(Grouping.Compose(outMonth, m => m != null && m <= lastMonth)),
            query.By, Grouping.Compose(outMonth, m => m!.Value), null, CountRows<TRow>.Instance, cancellationToken);
        return (cameIn, wentOut);
    }

    /// <summary>The state at the end of month <paramref name="end"/> per value of the dimension: came in by then less gone out by then.</summary>
    private static IEnumerable<(string? Dim, decimal Value)> Standing(List<Cell> cameIn, List<Cell> wentOut, int end) =>
        cameIn.Where(c => c.Bucket <= end).GroupBy(c => c.Dim)
            .Select(g => (g.Key, g.Sum(c => c.Value) - wentOut.Where(o => o.Dim == g.Key && o.Bucket <= end).Sum(o => o.Value)));

    /// <summary>
    /// Today's state: the state at the end of last month, plus the facts that came in this month by today, less those
    /// in by today that went out this month by today, plus those that went out by last month but come in only after
    /// today (which the monthly sums subtracted before they came in).
    /// </summary>
    private async Task<List<(string? Dim, decimal Value)>> TodayAsync(
        OversightDbContext db, FigureQuery query, List<Cell> cameIn, List<Cell> wentOut, int thisMonth, int lastMonth, CancellationToken cancellationToken)
    {
        var today = query.Today;
        var rows = query.Filter.Apply(db.Set<TRow>());
        var arrived = await CountAsync(rows.Where(Grouping.Compose(inMonth, m => m == thisMonth)).Where(Days((i, o) => i <= today)));
        var left = await CountAsync(rows.Where(Grouping.Compose(outMonth, m => m == thisMonth)).Where(Days((i, o) => i != null && i <= today && o <= today)));
        var early = await CountAsync(rows.Where(Grouping.Compose(inMonth, m => m >= thisMonth)).Where(Grouping.Compose(outMonth, m => m <= lastMonth)).Where(Days((i, o) => i > today)));
        return Standing(cameIn, wentOut, lastMonth).Select(s => (s.Dim, s.Value, Sign: 1))
            .Concat(arrived.Select(c => (c.Dim, c.Value, Sign: 1)))
            .Concat(left.Select(c => (c.Dim, c.Value, Sign: -1)))
            .Concat(early.Select(c => (c.Dim, c.Value, Sign: 1)))
            .GroupBy(c => c.Dim)
            .Select(g => (g.Key, g.Sum(c => c.Sign * c.Value)))
            .ToList();

        Task<List<Cell>> CountAsync(IQueryable<TRow> facts) =>
            Grouping.GroupAsync(facts, query.By, r => 0, null, CountRows<TRow>.Instance, cancellationToken);
    }

    /// <summary>A condition on a fact's in and out days, as one expression over the fact.</summary>
    private Expression<Func<TRow, bool>> Days(Expression<Func<DateOnly?, DateOnly?, bool>> condition)
    {
        var row = Expression.Parameter(typeof(TRow), "r");
        var body = new Substitute(condition.Parameters[0], Grouping.Rebind(inDay, row), condition.Parameters[1], Grouping.Rebind(outDay, row)).Visit(condition.Body)!;
        return Expression.Lambda<Func<TRow, bool>>(body, row);
    }

    private sealed class Substitute(ParameterExpression first, Expression firstBy, ParameterExpression second, Expression secondBy) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == first ? firstBy : node == second ? secondBy : base.VisitParameter(node);
    }
}
