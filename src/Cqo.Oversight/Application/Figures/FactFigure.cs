using System.Globalization;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Figures;

/// <summary>A figure over one kind of fact, which can say which facts are behind any one of its periods.</summary>
internal abstract class FactFigure<TRow>(string key, LocalizedText name, LocalizedText definition, LocalizedText unit, RecordView<TRow> view)
    : Figure(key, name, definition, unit)
    where TRow : Fact
{
    public RecordView<TRow> View => view;

    /// <summary>The facts counted in <paramref name="period"/> (for a state: standing at its end, or today while it runs).</summary>
    public abstract IQueryable<TRow> Behind(OversightDbContext db, FigureFilter filter, PeriodDto period, DateOnly today);

    /// <summary>
    /// The query's cells, kept by its cache (when it has one) and found again while their facts are unchanged: those of
    /// the periods that are over under their months' versions, and those of the periods still running under theirs and
    /// today's date, so that a change to this month's facts leaves the closed periods kept.
    /// </summary>
    protected async Task<List<Cell>> KeptAsync(OversightDbContext db, FigureQuery query, Func<FigureQuery, Task<List<Cell>>> compute, CancellationToken cancellationToken)
    {
        if (query.Cache is not { } cache)
        {
            return await compute(query);
        }

        var kind = typeof(TRow).Name;
        var key = (Key, query.By, query.Granularity, query.Filter);
        List<Cell> closed = query.ClosedUntil is { } closedUntil
            ? await cache.GetOrComputeAsync(db, kind, key, query.FirstMonth, closedUntil, () => compute(query with { LastMonth = closedUntil }), cancellationToken)
            : [];
        if (query.ClosedUntil >= query.LastMonth)
        {
            return closed;
        }

        var running = query with { FirstMonth = query.ClosedUntil is { } until ? Month.Next(until) : query.FirstMonth };
        var open = await cache.GetOrComputeAsync(db, kind, (key, query.Today), running.FirstMonth, running.LastMonth, () => compute(running), cancellationToken);
        return [.. closed, .. open];
    }

    public override Task<List<Cell>> ChangedSinceAsync(OversightDbContext db, FigureQuery query, PeriodDto period, DateTimeOffset since, CancellationToken cancellationToken) =>
        Grouping.GroupAsync(Behind(db, query.Filter, period, query.Today).Where(r => r.RefreshedAt > since), query.By, r => 0, null, CountRows<TRow>.Instance, cancellationToken);

    public override async Task<RecordPage> RecordsAsync(RecordQuery query, CancellationToken cancellationToken)
    {
        var db = query.Db;
        var rows = DimensionFilter.Apply(Behind(db, query.Figure.Filter, query.Period, query.Figure.Today), query.Figure.By, query.Code);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // As the registry searches: a USCC finds that enterprise, other text is a name prefix.
            var search = query.Search.Trim();
            rows = rows.Where(r => db.Enterprises.Any(e => e.Id == r.EnterpriseId && (e.Uscc == search.ToUpperInvariant() || e.Name.StartsWith(search))));
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await view.Sort.Apply(rows, query.Page.Sort).Skip(query.Page.Skip).Take(query.Page.Take).ToListAsync(cancellationToken);
        var enterpriseIds = items.Select(i => i.EnterpriseId).OfType<Guid>().Distinct().ToList();
        var enterprises = await db.Enterprises.Where(e => enterpriseIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var sortable = view.Sort.Keys.ToHashSet(StringComparer.Ordinal);
        return new RecordPage(
            view.Columns(CultureInfo.CurrentUICulture, sortable),
            [.. items.Select(i => view.Row(i, i.EnterpriseId is { } id ? enterprises.GetValueOrDefault(id) : null, query.Texts))],
            total);
    }
}
