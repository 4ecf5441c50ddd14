using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Auditing.Chain;

/// <summary>
/// Seals the records written since the last run: in (time, id) order, each gets the next sequence and
/// its hash over the previous one. Records are written unsealed, so writing never waits for the
/// chain; sealing is one host at a time, decided by the head's stamp.
/// </summary>
internal sealed class AuditTrailSealer(PlatformDbContext db, TimeProvider clock, IOptions<AuditingOptions> options, ILogger<AuditTrailSealer> logger)
{
    /// <summary>Seals batch after batch until none is left or another host holds the head; returns how many records this run sealed.</summary>
    public async Task<int> SealAsync(CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.Value.SealBatchSize);
        var total = 0;
        while (true)
        {
            var sealedNow = await SealBatchAsync(batchSize, cancellationToken);
            if (sealedNow is null)
            {
                logger.LogInformation("Another host is sealing the audit trail; this run stops after {Sealed} records", total);
                return total;
            }

            total += sealedNow.Value;
            if (sealedNow.Value < batchSize)
            {
                if (total > 0)
                {
                    logger.LogInformation("Sealed {Sealed} audit records", total);
                }

                return total;
            }
        }
    }

    /// <summary>
    /// One batch in one transaction; null when the head's stamp changed since it was read (another host
    /// sealed or pruned first), and nothing of this batch is kept.
    /// </summary>
    private async Task<int?> SealBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(cancellationToken);

        // Each table's oldest unsealed records, then the oldest of both: a record left out waits for the next batch.
        var changes = await db.EntityChanges.Where(c => c.ChainSequence == null)
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Take(batchSize).ToListAsync(cancellationToken);
        var requests = await db.RequestAudits.Where(r => r.ChainSequence == null)
            .OrderBy(r => r.At).ThenBy(r => r.Id).Take(batchSize).ToListAsync(cancellationToken);
        var batch = changes.Select(c => (Record: ChainedRecord.Of(c), Seal: (Action<long, string>)c.Seal))
            .Concat(requests.Select(r => (Record: ChainedRecord.Of(r), Seal: (Action<long, string>)r.Seal)))
            .OrderBy(x => x.Record.At).ThenBy(x => x.Record.Kind).ThenBy(x => x.Record.Id)
            .Take(batchSize)
            .ToList();
        if (batch.Count == 0)
        {
            return 0;
        }

        var sequence = head.LastSequence;
        var hash = head.LastHash;
        foreach (var (record, seal) in batch)
        {
            sequence++;
            hash = AuditCanonicalForm.Link(hash, record, sequence);
            seal(sequence, hash);
        }

        // The head first: a host that lost the race waits here on the row, then finds the stamp changed
        // and leaves without having touched a record.
        var claimed = await db.AuditChainHeads
            .Where(h => h.Id == AuditChainHead.SingletonId && h.ConcurrencyStamp == head.ConcurrencyStamp)
            .ExecuteUpdateAsync(
                s => s.SetProperty(h => h.LastSequence, sequence)
                    .SetProperty(h => h.LastHash, hash)
                    .SetProperty(h => h.ConcurrencyStamp, Guid.NewGuid())
                    .SetProperty(h => h.SealedAt, clock.GetUtcNow()),
                cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return batch.Count;
    }
}
