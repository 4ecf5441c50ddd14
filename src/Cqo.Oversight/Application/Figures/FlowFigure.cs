using System.Linq.Expressions;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;

namespace Cqo.Oversight.Application.Figures;

/// <summary>Events within each period: the facts whose month column falls in it, measured.</summary>
internal sealed class FlowFigure<TRow>(
    string key, LocalizedText name, LocalizedText definition, LocalizedText unit, RecordView<TRow> view, Expression<Func<TRow, int?>> month, Measure<TRow> measure, bool hasProvider)
    : FactFigure<TRow>(key, name, definition, unit, view)
    where TRow : Fact
{
    public override FigureShape Shape => FigureShape.Flow;

    public override bool Additive => measure is not CountTrainees;

    public override bool HasProvider => hasProvider;

    public override IQueryable<TRow> Behind(OversightDbContext db, FigureFilter filter, PeriodDto period, DateOnly today) =>
        RowsOf(db, filter, Month.Of(period.From), Month.Of(period.To));

    private IQueryable<TRow> RowsOf(OversightDbContext db, FigureFilter filter, int firstMonth, int lastMonth) =>
        filter.Apply(db.Set<TRow>()).Where(InMonths(firstMonth, lastMonth));

    public override Task<List<Cell>> ComputeAsync(OversightDbContext db, FigureQuery query, CancellationToken cancellationToken) =>
        KeptAsync(db, query, q => Grouping.GroupAsync(
            RowsOf(db, q.Filter, q.FirstMonth, q.LastMonth),
            q.By,
            Grouping.Compose(Grouping.Compose(month, m => m!.Value), Periods.Bucket(q.Granularity)),
            null,
            measure,
            cancellationToken), cancellationToken);

    public override async Task<decimal> TotalAsync(OversightDbContext db, FigureFilter filter, DateOnly from, DateOnly until, CancellationToken cancellationToken) =>
        (await Grouping.GroupAsync(RowsOf(db, filter, Month.Of(from), Month.Of(until)), Dimension.None, r => 0, null, measure, cancellationToken)).Sum(c => c.Value);

    private Expression<Func<TRow, bool>> InMonths(int first, int last) =>
        Grouping.Compose(month, m => m != null && m >= first && m <= last);
}
