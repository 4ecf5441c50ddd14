using System.Linq.Expressions;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Figures;

/// <summary>
/// A state at each period's end: facts that came in (month of <c>in</c>) by then and had not gone out
/// (month of <c>out</c>). Two GROUP BYs over the months, summed up in memory, serve every period at
/// once; the current period, not over yet, is counted as of today by its day columns instead.
/// </summary>
internal sealed class StockFigure<TRow>(
    string key,
    LocalizedText name,
    LocalizedText definition,
    LocalizedText unit,
    RecordView<TRow> view,
    Expression<Func<TRow, int?>> inMonth,
    Expression<Func<TRow, int?>> outMonth,
    Func<DateOnly, Expression<Func<TRow, bool>>> standingOn,
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

    /// <summary>The facts standing on <paramref name="day"/>.</summary>
    private IQueryable<TRow> RowsOn(OversightDbContext db, FigureFilter filter, DateOnly day) =>
        filter.Apply(db.Set<TRow>()).Where(standingOn(day));

    public override async Task<List<Cell>> ComputeAsync(OversightDbContext db, FigureQuery query, CancellationToken cancellationToken)
    {
        var rows = query.Filter.Apply(db.Set<TRow>());
        var last = query.LastMonth;
        var cameIn = await Grouping.GroupAsync(
            rows.Where(Grouping.Compose(inMonth, m => m != null && m <= last)),
            query.By, Grouping.Compose(inMonth, m => m!.Value), null, CountRows<TRow>.Instance, cancellationToken);
        var wentOut = await Grouping.GroupAsync(
            rows.Where(Grouping.Compose(inMonth, m => m != null)).Where(Grouping.Compose(outMonth, m => m != null && m <= last)),
            query.By, Grouping.Compose(outMonth, m => m!.Value), null, CountRows<TRow>.Instance, cancellationToken);

        var cells = new List<Cell>();
        foreach (var (bucket, period) in Periods.Between(query.FirstMonth, query.LastMonth, query.Granularity))
        {
            if (period.From > query.Today)
            {
                continue;
            }

            if (period.To >= query.Today)
            {
                var today = await Grouping.GroupAsync(RowsOn(db, query.Filter, query.Today), query.By, r => 0, null, CountRows<TRow>.Instance, cancellationToken);
                cells.AddRange(today.Select(c => c with { Bucket = bucket }));
                continue;
            }

            var end = Month.Of(period.To);
            var standing = cameIn.Where(c => c.Bucket <= end).GroupBy(c => c.Dim)
                .Select(g => (Dim: g.Key, Value: g.Sum(c => c.Value) - wentOut.Where(o => o.Dim == g.Key && o.Bucket <= end).Sum(o => o.Value)));
            cells.AddRange(standing.Select(s => new Cell(s.Dim, bucket, 0, s.Value)));
        }

        return cells;
    }
}
