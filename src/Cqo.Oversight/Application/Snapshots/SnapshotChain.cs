using Cqo.Oversight.Contracts;
using Cqo.Oversight.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Snapshots;

/// <summary>
/// Checks the snapshot chain from the first snapshot: each must hash to its stored hash from its
/// stored values, follow the previous one's sequence, and name the previous one's hash. The first
/// failure is reported; one snapshot's values are read at a time.
/// </summary>
internal sealed class SnapshotChain(OversightDbContext db)
{
    public async Task<SnapshotVerificationDto> VerifyAsync(CancellationToken cancellationToken)
    {
        var snapshots = await db.Snapshots.AsNoTracking().OrderBy(s => s.Sequence).ToListAsync(cancellationToken);
        string? previousHash = null;
        long previousSequence = 0;
        foreach (var snapshot in snapshots)
        {
            var problem = snapshot.Sequence != previousSequence + 1 ? "missing"
                : snapshot.PreviousHash != previousHash ? "link"
                : null;
            if (problem is null)
            {
                var values = await db.SnapshotValues.AsNoTracking().Where(v => v.SnapshotId == snapshot.Id).ToListAsync(cancellationToken);
                problem = SnapshotHash.Of(snapshot, snapshot.Sequence, snapshot.PreviousHash, values) == snapshot.Hash ? null : "content";
            }

            if (problem is not null)
            {
                return new SnapshotVerificationDto(false, snapshots.Count, snapshot.Id, snapshot.PeriodKey, problem);
            }

            (previousHash, previousSequence) = (snapshot.Hash, snapshot.Sequence);
        }

        return new SnapshotVerificationDto(true, snapshots.Count, null, null, null);
    }
}
