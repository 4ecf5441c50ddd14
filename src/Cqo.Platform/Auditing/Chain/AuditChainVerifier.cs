using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Auditing.Chain;

/// <summary>
/// Recomputes the chain from the anchor to the head, stores what it found and answers it. Runs beside
/// sealing (it stops at the head it read first) and pruning (a record pruned under it is not a break:
/// it walks once more from the new anchor).
/// </summary>
internal sealed class AuditChainVerifier(
    PlatformDbContext db, AuditChainReader reader, TimeProvider clock, IOptions<AuditingOptions> options, ILogger<AuditChainVerifier> logger)
{
    public async Task<AuditChainVerificationDto> VerifyAsync(Guid? requestedBy, CancellationToken cancellationToken)
    {
        var verification = new AuditChainVerification(Guid.CreateVersion7(clock.GetUtcNow()), clock.GetUtcNow(), requestedBy);
        var rangeSize = Math.Max(1, options.Value.VerifyBatchSize);
        AuditChainWalk walk;
        var walks = 0;
        while (true)
        {
            var head = await HeadAsync(cancellationToken);
            var witness = await WitnessAsync(head.AnchorSequence, cancellationToken);
            walk = await AuditChainWalk.RunAsync(head, witness, reader.ReadAsync(head.AnchorSequence, head.LastSequence, rangeSize, cancellationToken), cancellationToken);
            if (walk.Break is { Kind: AuditChainBreakKind.RecordMissing } missing && ++walks == 1
                && (await HeadAsync(cancellationToken)).AnchorSequence >= missing.Sequence)
            {
                continue; // pruned while we walked
            }

            break;
        }

        var unsealed = await db.EntityChanges.LongCountAsync(c => c.ChainSequence == null, cancellationToken)
            + await db.RequestAudits.LongCountAsync(r => r.ChainSequence == null, cancellationToken);
        verification.Finish(walk, unsealed, clock.GetUtcNow());
        db.AuditChainVerifications.Add(verification);
        await db.SaveChangesAsync(cancellationToken);
        if (walk.Break is { } found)
        {
            logger.LogError(
                "Audit chain broken at sequence {Sequence}: {Kind} ({RecordKind} {RecordId}). {Detail}",
                found.Sequence, found.Kind, found.RecordKind, found.RecordId, found.Detail);
        }
        else
        {
            // The head's hash in the log is a copy outside the database that an auditor can compare later.
            logger.LogInformation(
                "Audit chain intact: {Checked} records after sequence {Anchor} up to {Last}, whose hash is {LastHash}",
                walk.Checked, walk.AnchorSequence, walk.LastSequence, walk.LastHash);
        }

        return verification.ToDto();
    }

    /// <summary>The latest verification's result; null before the first.</summary>
    public async Task<AuditChainVerificationDto?> LatestAsync(CancellationToken cancellationToken) =>
        (await db.AuditChainVerifications.AsNoTracking()
            .OrderByDescending(v => v.StartedAt).ThenByDescending(v => v.FinishedAt)
            .FirstOrDefaultAsync(cancellationToken))?.ToDto();

    private Task<AuditChainHeadState> HeadAsync(CancellationToken cancellationToken) =>
        db.AuditChainHeads.AsNoTracking()
            .Select(h => new AuditChainHeadState(h.AnchorSequence, h.AnchorHash, h.LastSequence, h.LastHash))
            .SingleAsync(cancellationToken);

    /// <summary>The furthest point an earlier run found intact and that pruning has not removed since.</summary>
    private Task<AuditChainWitness?> WitnessAsync(long anchorSequence, CancellationToken cancellationToken) =>
        db.AuditChainVerifications.AsNoTracking()
            .Where(v => v.Intact && v.LastSequence > anchorSequence)
            .OrderByDescending(v => v.LastSequence)
            .Select(v => new AuditChainWitness(v.LastSequence, v.LastHash))
            .FirstOrDefaultAsync(cancellationToken);
}
