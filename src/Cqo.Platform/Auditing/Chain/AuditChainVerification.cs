using Cqo.SharedKernel.Domain;

namespace Cqo.Platform.Auditing.Chain;

/// <summary>
/// One run of the chain's verification and what it found, kept so the latest result can be shown and
/// so the next run can tell whether the chain it verified has since been cut or rewritten.
/// </summary>
internal sealed class AuditChainVerification : Entity, IAuditIgnored
{
    public const int DetailMaxLength = 1000;

    public AuditChainVerification(Guid id, DateTimeOffset startedAt, Guid? requestedBy)
        : base(id)
    {
        StartedAt = startedAt;
        RequestedBy = requestedBy;
    }

    private AuditChainVerification()
    {
    }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    /// <summary>Who asked for it; null for the daily job.</summary>
    public Guid? RequestedBy { get; private set; }

    public bool Intact { get; private set; }

    /// <summary>The anchor the walk started from (the last pruned sequence, 0 when nothing was pruned).</summary>
    public long AnchorSequence { get; private set; }

    /// <summary>The head's last sequence when the walk began: the end it verified up to.</summary>
    public long LastSequence { get; private set; }

    /// <summary>The hash at <see cref="LastSequence"/> as the head stated it.</summary>
    public string LastHash { get; private set; } = "";

    public long CheckedRecords { get; private set; }

    /// <summary>Records not yet sealed when the walk ended (outside the chain, so not verified).</summary>
    public long UnsealedRecords { get; private set; }

    public long? BreakSequence { get; private set; }

    public AuditChainBreakKind? BreakKind { get; private set; }

    public AuditRecordKind? BreakRecordKind { get; private set; }

    public Guid? BreakRecordId { get; private set; }

    public string? Detail { get; private set; }

    public void Finish(AuditChainWalk walk, long unsealed, DateTimeOffset now)
    {
        AnchorSequence = walk.AnchorSequence;
        LastSequence = walk.LastSequence;
        LastHash = walk.LastHash;
        CheckedRecords = walk.Checked;
        UnsealedRecords = unsealed;
        Intact = walk.Break is null;
        BreakSequence = walk.Break?.Sequence;
        BreakKind = walk.Break?.Kind;
        BreakRecordKind = walk.Break?.RecordKind;
        BreakRecordId = walk.Break?.RecordId;
        Detail = walk.Break?.Detail is { } detail && detail.Length > DetailMaxLength ? detail[..DetailMaxLength] : walk.Break?.Detail;
        FinishedAt = now;
    }

    public AuditChainVerificationDto ToDto() => new(
        Id, StartedAt, FinishedAt, RequestedBy, Intact, AnchorSequence, LastSequence, LastHash, CheckedRecords, UnsealedRecords,
        BreakKind is { } kind ? new AuditChainBreakDto(BreakSequence ?? 0, kind, BreakRecordKind, BreakRecordId, Detail ?? "") : null);
}
