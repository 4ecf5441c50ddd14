using System.Globalization;
using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Http;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Snapshots;

/// <summary>
/// Snapshots as regulators read them: the list, and one figure of one snapshot next to today's
/// recomputation. Frozen values are city-wide, so a district regulator compares only its own
/// regulator unit's row (by jurisdiction).
/// </summary>
internal sealed class Snapshots(OversightDbContext db, FigureTables tables, DimensionLabels labels, ICurrentUser user, TimeProvider clock)
{
    private static readonly SortMap<Snapshot> s_sort = new SortMap<Snapshot>("-sequence", s => s.Id)
        .Add("sequence", s => s.Sequence).Add("from", s => s.From).Add("takenAt", s => s.TakenAt);

    public async Task<PagedResult<SnapshotDto>> ListAsync(string? granularity, PageRequest page, CancellationToken cancellationToken)
    {
        var snapshots = db.Snapshots.AsNoTracking();
        if (EnumNames.ParseQuery<Granularity>(granularity, "granularity") is { } wanted)
        {
            snapshots = snapshots.Where(s => s.Granularity == wanted);
        }

        var total = await snapshots.CountAsync(cancellationToken);
        var items = await s_sort.Apply(snapshots, page.Sort).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<SnapshotDto>([.. items.Select(ToDto)], total);
    }

    public async Task<SnapshotComparisonDto> CompareAsync(Guid id, string figureKey, string? by, CancellationToken cancellationToken)
    {
        var snapshot = await db.Snapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException("Snapshot", id);
        var figure = FigureCatalogue.Find(figureKey) ?? throw new NotFoundException("Figure", figureKey);
        var dimension = EnumNames.ParseQuery<Dimension>(by, "by") ?? Dimension.None;
        var scope = user.Scope;
        if (!scope.SeesAll && dimension != Dimension.Jurisdiction)
        {
            throw new FieldValidationException("by", new ErrorMessage("Oversight:SnapshotByJurisdiction"));
        }

        var frozen = await db.SnapshotValues.AsNoTracking()
            .Where(v => v.SnapshotId == id && v.Figure == figure.Key && v.Dimension == dimension)
            .ToListAsync(cancellationToken);
        if (!scope.SeesAll)
        {
            frozen = [.. frozen.Where(v => v.Code == scope.SeenJurisdictionCode)];
        }

        var parameters = new FigureParameters(Period: snapshot.Granularity.ToString(), From: snapshot.PeriodKey, To: snapshot.PeriodKey, By: dimension.ToString());
        var now = await tables.GetAsync(figure.Key, parameters, cancellationToken);
        var nowRows = dimension == Dimension.None ? [now.Total] : now.Rows;
        var query = parameters.ToQuery(figure, clock.Today());
        var changed = await figure.ChangedSinceAsync(db, query, now.Periods[0], snapshot.TakenAt, cancellationToken);
        var label = await labels.ForAsync(dimension, CultureInfo.CurrentUICulture, cancellationToken);

        var codes = frozen.Select(v => v.Code).Union(nowRows.Select(r => dimension == Dimension.None ? null : r.Code))
            .OrderBy(c => c is null).ThenBy(c => c, StringComparer.Ordinal);
        var rows = codes.Select(code =>
        {
            var then = frozen.FirstOrDefault(v => v.Code == code);
            var current = nowRows.FirstOrDefault(r => (dimension == Dimension.None ? null : r.Code) == code);
            var value = current?.Values[0];
            return new SnapshotComparisonRowDto(
                code, dimension == Dimension.None ? now.Total.Label : label(code),
                then?.Value, then?.P90, value, current?.P90?[0],
                (value ?? 0) - (then?.Value ?? 0),
                (int)changed.Where(c => dimension == Dimension.None || c.Dim == code).Sum(c => c.Value));
        }).ToList();
        return new SnapshotComparisonDto(ToDto(snapshot), figure.ToDto(CultureInfo.CurrentUICulture), dimension, rows);
    }

    private static SnapshotDto ToDto(Snapshot s) => new(s.Id, s.Granularity, s.PeriodKey, s.From, s.To, s.TakenAt, s.Sequence, s.Hash);
}
