using Cqo.Platform.Auditing.Chain;

namespace Cqo.UnitTests.Auditing;

/// <summary>The walk's verdicts on chains built in memory and broken in each way it names.</summary>
public sealed class AuditChainWalkTests
{
    [Fact]
    public async Task An_intact_chain_checks_every_record()
    {
        var chain = Chain(5);
        var walk = await WalkAsync(chain);
        walk.Break.ShouldBeNull();
        walk.Checked.ShouldBe(5);
    }

    [Fact]
    public async Task A_changed_record_whose_successor_still_links_is_content_changed()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { EntityKey = "tampered" };
        (await WalkAsync(chain)).Break.ShouldBe(new AuditChainBreak(3, AuditChainBreakKind.ContentChanged, AuditRecordKind.Change, chain[2].Id, (await WalkAsync(chain)).Break!.Detail));
    }

    [Fact]
    public async Task A_changed_last_record_is_content_changed_when_the_head_still_has_its_hash()
    {
        var chain = Chain(3);
        chain[2] = chain[2] with { EntityKey = "tampered" };
        (await WalkAsync(chain)).Break!.Kind.ShouldBe(AuditChainBreakKind.ContentChanged);
    }

    [Fact]
    public async Task An_altered_stored_hash_is_a_hash_mismatch()
    {
        var chain = Chain(5);
        chain[1] = chain[1] with { Hash = new string('a', 64) };
        var found = (await WalkAsync(chain)).Break!;
        (found.Sequence, found.Kind).ShouldBe((2L, AuditChainBreakKind.HashMismatch));
    }

    /// <summary>
    /// Rewriting a record together with its hash moves the break to the next link, which then looks
    /// like a change of the next record's content: the walk cannot tell the two apart, and the
    /// documentation of <see cref="AuditChainBreakKind.ContentChanged"/> says so.
    /// </summary>
    [Fact]
    public async Task A_record_rewritten_with_a_fresh_hash_breaks_the_next_link()
    {
        var chain = Chain(5);
        var rewritten = chain[1] with { EntityKey = "tampered" };
        chain[1] = rewritten with { Hash = AuditCanonicalForm.Link(chain[0].Hash!, rewritten, 2) };
        var found = (await WalkAsync(chain)).Break!;
        (found.Sequence, found.Kind).ShouldBe((3L, AuditChainBreakKind.ContentChanged));
    }

    [Fact]
    public async Task A_missing_sequence_is_reported_with_the_next_record_present()
    {
        var chain = Chain(5);
        var next = chain[3];
        chain.RemoveAt(2);
        var found = (await WalkAsync(chain)).Break!;
        (found.Sequence, found.Kind, found.RecordId).ShouldBe((3L, AuditChainBreakKind.RecordMissing, (Guid?)null));
        found.Detail.ShouldContain(next.Id.ToString());
    }

    [Fact]
    public async Task A_chain_ending_before_its_head_is_truncated()
    {
        var chain = Chain(5);
        var head = Head(chain);
        var found = (await AuditChainWalk.RunAsync(head, null, Stream(chain.Take(3)), CancellationToken.None)).Break!;
        (found.Sequence, found.Kind).ShouldBe((4L, AuditChainBreakKind.TailTruncated));
    }

    [Fact]
    public async Task A_chain_shorter_than_an_earlier_verification_saw_is_truncated_even_with_its_head_moved_back()
    {
        var chain = Chain(5);
        var shortened = chain.Take(3).ToList();
        var found = (await AuditChainWalk.RunAsync(Head(shortened), new AuditChainWitness(5, chain[4].Hash!), Stream(shortened), CancellationToken.None)).Break!;
        (found.Sequence, found.Kind).ShouldBe((4L, AuditChainBreakKind.TailTruncated));
    }

    [Fact]
    public async Task A_chain_rewritten_from_the_start_differs_from_what_an_earlier_verification_saw()
    {
        var chain = Chain(4);
        var forged = Chain(4, key: "forged");
        var found = (await AuditChainWalk.RunAsync(Head(forged), new AuditChainWitness(3, chain[2].Hash!), Stream(forged), CancellationToken.None)).Break!;
        (found.Sequence, found.Kind).ShouldBe((3L, AuditChainBreakKind.HashMismatch));
    }

    [Fact]
    public async Task Two_records_with_one_sequence_are_a_hash_mismatch()
    {
        var chain = Chain(4);
        chain.Insert(2, chain[1] with { Id = Guid.NewGuid(), Kind = AuditRecordKind.Request });
        (await WalkAsync(chain)).Break!.ShouldSatisfyAllConditions(
            b => b.Sequence.ShouldBe(2),
            b => b.Kind.ShouldBe(AuditChainBreakKind.HashMismatch));
    }

    [Fact]
    public async Task A_pruned_chain_verifies_from_its_anchor()
    {
        var chain = Chain(6);
        var rest = chain.Skip(2).ToList();
        var head = new AuditChainHeadState(2, chain[1].Hash!, 6, chain[5].Hash!);
        var walk = await AuditChainWalk.RunAsync(head, null, Stream(rest), CancellationToken.None);
        walk.Break.ShouldBeNull();
        walk.Checked.ShouldBe(4);
    }

    /// <summary>A sealed chain of changes 1..<paramref name="count"/> from the genesis hash.</summary>
    private static List<ChainedRecord> Chain(int count, string key = "k")
    {
        var chain = new List<ChainedRecord>();
        var hash = AuditChainHead.GenesisHash;
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var record = AuditCanonicalFormTests.Change with { Id = new Guid($"00000000-0000-0000-0000-{sequence:D12}"), EntityKey = $"{key}{sequence}" };
            hash = AuditCanonicalForm.Link(hash, record, sequence);
            chain.Add(record with { Sequence = sequence, Hash = hash });
        }

        return chain;
    }

    private static AuditChainHeadState Head(List<ChainedRecord> chain) =>
        new(0, AuditChainHead.GenesisHash, chain[^1].Sequence!.Value, chain[^1].Hash!);

    private static Task<AuditChainWalk> WalkAsync(List<ChainedRecord> chain) =>
        AuditChainWalk.RunAsync(Head([.. chain.OrderBy(r => r.Sequence)]), null, Stream(chain), CancellationToken.None);

    private static async IAsyncEnumerable<ChainedRecord> Stream(IEnumerable<ChainedRecord> records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
