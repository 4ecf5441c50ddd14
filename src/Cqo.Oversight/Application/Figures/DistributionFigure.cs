using System.Linq.Expressions;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;

namespace Cqo.Oversight.Application.Figures;

/// <summary>
/// The median and 90th percentile of a whole-day duration over each period's events. The database
/// counts events per duration (a histogram), so percentiles need no provider-specific function and
/// totals merge histograms exactly.
/// </summary>
internal sealed class DistributionFigure<TRow>(
    string key, LocalizedText name, LocalizedText definition, LocalizedText unit, RecordView<TRow> view, Expression<Func<TRow, int?>> month, Expression<Func<TRow, int?>> duration)
    : FactFigure<TRow>(key, name, definition, unit, view)
    where TRow : Fact
{
    public override FigureShape Shape => FigureShape.Distribution;

    public override bool HasProvider => false;

    public override IQueryable<TRow> Behind(OversightDbContext db, FigureFilter filter, PeriodDto period, DateOnly today) =>
        RowsOf(db, filter, Month.Of(period.From), Month.Of(period.To));

    /// <summary>A duration has no total; targets are not set on it (refused when a target is saved).</summary>
    public override Task<decimal> TotalAsync(OversightDbContext db, FigureFilter filter, DateOnly from, DateOnly until, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Key} is a distribution: it has no total.");

    private IQueryable<TRow> RowsOf(OversightDbContext db, FigureFilter filter, int firstMonth, int lastMonth) =>
        filter.Apply(db.Set<TRow>())
            .Where(Grouping.Compose(month, m => m != null && m >= firstMonth && m <= lastMonth))
            .Where(Grouping.Compose(duration, d => d != null));

    public override Task<List<Cell>> ComputeAsync(OversightDbContext db, FigureQuery query, CancellationToken cancellationToken) =>
        KeptAsync(db, query, q => Grouping.GroupAsync(
            RowsOf(db, q.Filter, q.FirstMonth, q.LastMonth),
            q.By,
            Grouping.Compose(Grouping.Compose(month, m => m!.Value), Periods.Bucket(q.Granularity)),
            Grouping.Compose(duration, d => d!.Value),
            CountRows<TRow>.Instance,
            cancellationToken), cancellationToken);
}
