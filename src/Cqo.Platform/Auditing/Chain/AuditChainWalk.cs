namespace Cqo.Platform.Auditing.Chain;

/// <summary>The first place the chain breaks, and the record found there (none when it is missing).</summary>
internal sealed record AuditChainBreak(long Sequence, AuditChainBreakKind Kind, AuditRecordKind? RecordKind, Guid? RecordId, string Detail);

/// <summary>What an earlier intact verification saw: the chain's hash at one sequence.</summary>
internal sealed record AuditChainWitness(long Sequence, string Hash);

/// <summary>
/// Walks sealed records in sequence order from the anchor to the head, recomputing each link, and
/// stops at the first break. It holds one record and the next, never the chain, so its memory does
/// not grow with the trail.
/// </summary>
internal sealed class AuditChainWalk
{
    private AuditChainWalk(long anchorSequence, long lastSequence, string lastHash) =>
        (AnchorSequence, LastSequence, LastHash) = (anchorSequence, lastSequence, lastHash);

    public long AnchorSequence { get; }

    public long LastSequence { get; }

    public string LastHash { get; }

    public long Checked { get; private set; }

    public AuditChainBreak? Break { get; private set; }

    /// <summary>
    /// Walks <paramref name="records"/>: the sealed records with sequences after the anchor and up to
    /// the head's, in sequence order (a change before a request on a tie). <paramref name="witness"/>
    /// is what an earlier intact walk saw, to catch a chain rewritten or cut since.
    /// </summary>
    public static async Task<AuditChainWalk> RunAsync(
        AuditChainHeadState head, AuditChainWitness? witness, IAsyncEnumerable<ChainedRecord> records, CancellationToken cancellationToken)
    {
        var walk = new AuditChainWalk(head.AnchorSequence, head.LastSequence, head.LastHash);
        await using var reader = records.GetAsyncEnumerator(cancellationToken);
        var next = await reader.MoveNextAsync() ? reader.Current : null;
        var previous = head.AnchorHash;
        var expected = head.AnchorSequence + 1;
        while (next is { Sequence: { } sequence } current && sequence <= head.LastSequence)
        {
            next = await reader.MoveNextAsync() ? reader.Current : null;
            if (sequence < expected)
            {
                if (sequence <= head.AnchorSequence)
                {
                    continue; // left behind by a prune still running: before the chain's start
                }

                return walk.Broken(new(sequence, AuditChainBreakKind.HashMismatch, current.Kind, current.Id, $"A second record claims sequence {sequence}."));
            }

            if (sequence > expected)
            {
                return walk.Broken(new(
                    expected, AuditChainBreakKind.RecordMissing, null, null,
                    $"No record carries sequence {expected}; the next one present is {sequence} ({current.Kind} {current.Id})."));
            }

            if (!AuditCanonicalForm.Links(previous, current))
            {
                return walk.Broken(Mismatch(previous, current, next, head));
            }

            if (witness is { } seen && seen.Sequence == sequence && !string.Equals(seen.Hash, current.Hash, StringComparison.Ordinal))
            {
                return walk.Broken(new(
                    sequence, AuditChainBreakKind.HashMismatch, current.Kind, current.Id,
                    $"Stored hash {current.Hash} differs from {seen.Hash}, which an earlier verification saw here: the chain was rewritten from here on or before."));
            }

            previous = current.Hash!;
            expected++;
            walk.Checked++;
        }

        if (expected <= head.LastSequence)
        {
            return walk.Broken(new(
                expected, AuditChainBreakKind.TailTruncated, null, null, $"The chain ends at sequence {expected - 1}; the head says it ends at {head.LastSequence}."));
        }

        if (!string.Equals(previous, head.LastHash, StringComparison.Ordinal))
        {
            return walk.Broken(new(
                head.LastSequence, AuditChainBreakKind.HashMismatch, null, null, $"The last record's hash {previous} differs from the head's {head.LastHash}."));
        }

        if (witness is { } earlier && earlier.Sequence > head.LastSequence)
        {
            return walk.Broken(new(
                head.LastSequence + 1, AuditChainBreakKind.TailTruncated, null, null,
                $"The chain ends at sequence {head.LastSequence}; an earlier verification saw it reach {earlier.Sequence}."));
        }

        return walk;
    }

    /// <summary>
    /// A record that does not hash to its stored hash. If the next record still links to the stored
    /// hash, the stored hash is the original and the content changed; if it links to the recomputed
    /// one, the content is the original and the hash was altered. The last record is judged by the head.
    /// </summary>
    private static AuditChainBreak Mismatch(string previous, ChainedRecord current, ChainedRecord? next, AuditChainHeadState head)
    {
        var sequence = current.Sequence!.Value;
        var recomputed = AuditCanonicalForm.Link(previous, current, sequence);
        var follower = next?.Sequence == sequence + 1 ? next : null;
        var contentChanged = follower is not null
            ? AuditCanonicalForm.Links(current.Hash ?? "", follower)
            : sequence != head.LastSequence || string.Equals(current.Hash, head.LastHash, StringComparison.Ordinal);
        var hashAltered = follower is not null
            ? AuditCanonicalForm.Links(recomputed, follower)
            : sequence == head.LastSequence && string.Equals(recomputed, head.LastHash, StringComparison.Ordinal);
        var kind = contentChanged && !hashAltered ? AuditChainBreakKind.ContentChanged : AuditChainBreakKind.HashMismatch;
        return new(sequence, kind, current.Kind, current.Id, $"Stored hash {current.Hash ?? "(none)"}; the record's content hashes to {recomputed}.");
    }

    private AuditChainWalk Broken(AuditChainBreak found)
    {
        Break = found;
        return this;
    }
}

/// <summary>The head as a walk starts from it.</summary>
internal sealed record AuditChainHeadState(long AnchorSequence, string AnchorHash, long LastSequence, string LastHash);
