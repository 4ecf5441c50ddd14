using System.Linq.Expressions;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;

namespace Cqo.Oversight.Application.Figures;

/// <summary>Events within each period: the facts whose month column falls in it, measured.</summary>
internal sealed class FlowFigure<TRow>(string key, Bilingual name, Bilingual definition, Bilingual unit, Expression<Func<TRow, int?>> month, Measure<TRow> measure, bool hasProvider)
    : Figure(key, name, definition, unit)
    where TRow : Fact
{
    public override FigureShape Shape => FigureShape.Flow;

    public override bool Additive => measure is not CountTrainees;

    public override bool HasProvider => hasProvider;

    /// <summary>The facts behind one period (first to last month) of the figure.</summary>
    public IQueryable<TRow> RowsOf(OversightDbContext db, FigureFilter filter, int firstMonth, int lastMonth) =>
        filter.Apply(db.Set<TRow>()).Where(InMonths(firstMonth, lastMonth));

    public override Task<List<Cell>> ComputeAsync(OversightDbContext db, FigureQuery query, CancellationToken cancellationToken) =>
        Grouping.GroupAsync(
            RowsOf(db, query.Filter, query.FirstMonth, query.LastMonth),
            query.By,
            Grouping.Compose(Grouping.Compose(month, m => m!.Value), Periods.Bucket(query.Granularity)),
            null,
            measure,
            cancellationToken);

    private Expression<Func<TRow, bool>> InMonths(int first, int last) =>
        Grouping.Compose(month, m => m != null && m >= first && m <= last);
}
