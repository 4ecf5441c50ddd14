using Cqo.Platform.Auditing.Chain;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Auditing.PruneAuditRecords;

/// <summary>
/// Removes audit records older than the retention period without breaking the chain: only a prefix of
/// the sealed chain goes (everything up to the first record still within retention), and the anchor
/// moves to the last removed record's sequence and hash in the same transaction, so the remaining
/// chain still verifies from it. Unsealed records wait to be sealed; a record sealed after a newer one
/// (its transaction committed late) goes when everything before it does. Which rows are due is read
/// from the tables themselves, so a missed or repeated run does no harm.
/// </summary>
internal sealed class PruneAuditRecordsHandler(PlatformDbContext db, TimeProvider clock, IOptions<AuditingOptions> options, ILogger<PruneAuditRecordsHandler> logger)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var step = Math.Max(1, options.Value.PruneBatchSize);
        var pruned = 0;
        while (await PruneStepAsync(cutoff, step, cancellationToken) is { } removed and > 0)
        {
            pruned += removed;
        }

        var verifications = await db.AuditChainVerifications.Where(v => v.StartedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Pruned {Records} audit records and {Verifications} verification results older than {Cutoff}", pruned, verifications, cutoff);
        return pruned;
    }

    /// <summary>
    /// Moves the anchor up to <paramref name="step"/> sequences forward and removes what it passed, in
    /// one transaction. 0 when nothing is due; null when another host changed the head meanwhile or
    /// the record to anchor on is missing (a break the verification reports; pruning waits).
    /// </summary>
    private async Task<int?> PruneStepAsync(DateTimeOffset cutoff, int step, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(cancellationToken);
        var anchor = head.AnchorSequence;
        var firstKeptChange = await db.EntityChanges.Where(c => c.ChainSequence > anchor && c.ChangedAt >= cutoff).MinAsync(c => c.ChainSequence, cancellationToken);
        var firstKeptRequest = await db.RequestAudits.Where(r => r.ChainSequence > anchor && r.At >= cutoff).MinAsync(r => r.ChainSequence, cancellationToken);
        var firstKept = Math.Min(firstKeptChange ?? long.MaxValue, firstKeptRequest ?? long.MaxValue);
        var target = Math.Min(Math.Min(firstKept - 1, head.LastSequence), anchor + step);
        if (target <= anchor)
        {
            return 0;
        }

        var anchorHash = await db.EntityChanges.Where(c => c.ChainSequence == target).Select(c => c.ChainHash).FirstOrDefaultAsync(cancellationToken)
            ?? await db.RequestAudits.Where(r => r.ChainSequence == target).Select(r => r.ChainHash).FirstOrDefaultAsync(cancellationToken);
        if (anchorHash is null)
        {
            logger.LogError("Audit record {Sequence} is missing: pruning stops until the chain is verified and repaired", target);
            return null;
        }

        var claimed = await db.AuditChainHeads
            .Where(h => h.Id == AuditChainHead.SingletonId && h.ConcurrencyStamp == head.ConcurrencyStamp)
            .ExecuteUpdateAsync(
                s => s.SetProperty(h => h.AnchorSequence, target)
                    .SetProperty(h => h.AnchorHash, anchorHash)
                    .SetProperty(h => h.ConcurrencyStamp, Guid.NewGuid())
                    .SetProperty(h => h.PrunedAt, clock.GetUtcNow()),
                cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            logger.LogInformation("The audit chain's head changed while pruning; the next run goes on");
            return null;
        }

        var removed = await db.EntityChanges.Where(c => c.ChainSequence <= target).ExecuteDeleteAsync(cancellationToken)
            + await db.RequestAudits.Where(r => r.ChainSequence <= target).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }
}
