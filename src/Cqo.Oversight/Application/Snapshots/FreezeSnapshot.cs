using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Snapshots;

/// <summary>
/// Freezes every figure of a closed month or year by every dimension (city-wide: the caller must
/// see all) and chains it to the last snapshot. A period is frozen once: of two hosts freezing it
/// at the same moment, the unique period (or sequence) keeps one and the other gives way.
/// </summary>
internal sealed class FreezeSnapshot(OversightDbContext db, FigureTables tables, TimeProvider clock)
{
    /// <summary>The new snapshot, or null when the period was frozen already (or meanwhile by another host).</summary>
    public async Task<Snapshot?> FreezeAsync(Granularity granularity, string periodKey, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var period = new FigureParameters(Period: granularity.ToString()).PeriodAt(periodKey, FigureCatalogue.NewFilings, today);
        if (period.To >= today)
        {
            throw new BusinessRuleException("oversight.period_open", new ErrorMessage("Oversight:PeriodOpen", period.Key));
        }

        if (await db.Snapshots.AnyAsync(s => s.Granularity == granularity && s.PeriodKey == period.Key, cancellationToken))
        {
            return null;
        }

        var snapshot = new Snapshot(Guid.CreateVersion7(), granularity, period.Key, period.From, period.To, clock.GetUtcNow().ToStoragePrecision());
        var values = new List<SnapshotValue>();
        foreach (var figure in FigureCatalogue.All)
        {
            foreach (var dimension in figure.Dimensions)
            {
                var table = await tables.GetAsync(figure.Key, new FigureParameters(Period: granularity.ToString(), From: period.Key, To: period.Key, By: dimension.ToString()), cancellationToken);
                var rows = dimension == Dimension.None ? [table.Total] : table.Rows;
                values.AddRange(rows.Select(r => new SnapshotValue(Guid.CreateVersion7(), snapshot.Id, figure.Key, dimension, dimension == Dimension.None ? null : r.Code, r.Values[0], r.P90?[0])));
            }
        }

        var last = await db.Snapshots.OrderByDescending(s => s.Sequence).Select(s => new { s.Sequence, s.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = (last?.Sequence ?? 0) + 1;
        snapshot.Seal(sequence, last?.Hash, SnapshotHash.Of(snapshot, sequence, last?.Hash, values));
        db.Snapshots.Add(snapshot);
        db.SnapshotValues.AddRange(values);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return snapshot;
        }
        catch (DbUpdateException e) when (e.IsLostRace())
        {
            return null;
        }
    }
}
