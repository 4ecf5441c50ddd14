using Cqo.Platform.Auditing;
using Cqo.Platform.Auditing.Chain;

namespace Cqo.UnitTests.Auditing;

/// <summary>
/// The canonical form and hash as ADR 17 documents them. The expected bytes and hashes were computed
/// by an independent implementation of the documented form (Python's hashlib), so an outside auditor
/// can recompute the chain from the documentation alone.
/// </summary>
public sealed class AuditCanonicalFormTests
{
    private static readonly DateTimeOffset s_at = new DateTimeOffset(2026, 3, 16, 1, 30, 0, TimeSpan.Zero).AddTicks(1_234_560);

    internal static readonly ChainedRecord Change = ChainedRecord.Of(new EntityChange(
        new Guid("0190d6b2-3c4d-7e8f-9a0b-1c2d3e4f5a6b"), "Person", "42", EntityChangeKind.Updated, """{"Name":["张三","李四"]}""", s_at,
        new Guid("11111111-2222-3333-4444-555555555555"), "0HN1:00000001"));

    internal static readonly ChainedRecord Request = ChainedRecord.Of(new RequestAudit(
        new Guid("0190d6b2-3c4d-7e8f-9a0b-1c2d3e4f5a6c"), s_at, null, "POST", "/api/registry/people", 201, 15, "127.0.0.1", null, "trace-1"));

    [Fact]
    public void A_change_is_written_field_by_field_as_documented()
    {
        Convert.ToHexStringLower(AuditCanonicalForm.Of(Change, 1)).ShouldBe(
            "010000001163716f2d61756469742d636861696e2f3101000000013101000000066368616e6765010000002430313930643662322d336334642d376538662d3961"
            + "30622d316332643365346635613662010000001c323032362d30332d31365430313a33303a30302e313233343536305a010000002431313131313131312d3232"
            + "32322d333333332d343434342d353535353535353535353535010000000d30484e313a30303030303030310100000006506572736f6e01000000023432010000"
            + "000755706461746564010000001c7b224e616d65223a5b22e5bca0e4b889222c22e69d8ee59b9b225d7d");
    }

    [Fact]
    public void Each_hash_chains_the_previous_one_from_32_zero_bytes()
    {
        var first = AuditCanonicalForm.Link(AuditChainHead.GenesisHash, Change, 1);
        first.ShouldBe("a24819163a0ba8949013b8c379eee248e9a103538fd757371b3751fede642041");
        AuditCanonicalForm.Link(first, Request, 2).ShouldBe("46f4930d04028cec89a21a543a49b44316f17f3ecb7bd2fb20cef6f2f8705b8f");
    }

    [Fact]
    public void Every_field_the_sequence_and_the_previous_hash_change_the_hash()
    {
        var original = AuditCanonicalForm.Link(AuditChainHead.GenesisHash, Change, 1);
        ChainedRecord[] altered =
        [
            Change with { Id = Guid.NewGuid() },
            Change with { At = Change.At.AddTicks(10) },
            Change with { UserId = null },
            Change with { CorrelationId = "" },
            Change with { EntityType = "Enterprise" },
            Change with { EntityKey = "43" },
            Change with { ChangeKind = "Deleted" },
            Change with { Changes = """{"Name":["张三","李五"]}""" },
            Change with { Kind = AuditRecordKind.Request },
        ];
        altered.Select(r => AuditCanonicalForm.Link(AuditChainHead.GenesisHash, r, 1)).ShouldAllBe(h => h != original);
        AuditCanonicalForm.Link(AuditChainHead.GenesisHash, Change, 2).ShouldNotBe(original);
        AuditCanonicalForm.Link(new string('1', 64), Change, 1).ShouldNotBe(original);

        var request = AuditCanonicalForm.Link(AuditChainHead.GenesisHash, Request, 1);
        AuditCanonicalForm.Link(AuditChainHead.GenesisHash, Request with { StatusCode = 200 }, 1).ShouldNotBe(request);
        AuditCanonicalForm.Link(AuditChainHead.GenesisHash, Request with { UserAgent = "" }, 1).ShouldNotBe(request);
        AuditCanonicalForm.Link(AuditChainHead.GenesisHash, Request with { DurationMs = 16 }, 1).ShouldNotBe(request);
    }

    [Fact]
    public void Length_prefixes_keep_adjacent_fields_apart()
    {
        var split = Change with { EntityType = "Pers", EntityKey = "on42" };
        AuditCanonicalForm.Link(AuditChainHead.GenesisHash, split, 1).ShouldNotBe(AuditCanonicalForm.Link(AuditChainHead.GenesisHash, Change, 1));
    }

    [Fact]
    public void The_time_is_its_utc_instant_whatever_the_offset_it_is_read_with()
    {
        var shanghai = Change with { At = Change.At.ToOffset(TimeSpan.FromHours(8)) };
        AuditCanonicalForm.Link(AuditChainHead.GenesisHash, shanghai, 1).ShouldBe(AuditCanonicalForm.Link(AuditChainHead.GenesisHash, Change, 1));
    }

    [Fact]
    public void A_stored_hash_that_is_no_hash_links_to_nothing()
    {
        AuditCanonicalForm.Link("not a hash", Change, 1).ShouldBe("");
        AuditCanonicalForm.Links("not a hash", Change with { Sequence = 1, Hash = "" }).ShouldBeFalse();
        var sealedChange = Change with { Sequence = 1, Hash = AuditCanonicalForm.Link(AuditChainHead.GenesisHash, Change, 1) };
        AuditCanonicalForm.Links(AuditChainHead.GenesisHash, sealedChange).ShouldBeTrue();
        AuditCanonicalForm.Links(AuditChainHead.GenesisHash, sealedChange with { Hash = sealedChange.Hash!.ToUpperInvariant() }).ShouldBeFalse();
    }
}
