namespace Cqo.Platform.Auditing.Chain;

/// <summary>
/// The result of one verification of the audit chain: the range it walked (after
/// <see cref="AnchorSequence"/>, up to <see cref="LastSequence"/>), how many records it checked, and
/// the first break, if any.
/// </summary>
public sealed record AuditChainVerificationDto(
    Guid Id,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    Guid? RequestedBy,
    bool Intact,
    long AnchorSequence,
    long LastSequence,
    string LastHash,
    long CheckedRecords,
    long UnsealedRecords,
    AuditChainBreakDto? Break);

/// <summary>
/// Where the chain first breaks: the sequence, what kind of break, and the record found there (none
/// when it is missing). <see cref="Detail"/> states the hashes or sequences that disagree.
/// </summary>
public sealed record AuditChainBreakDto(long Sequence, AuditChainBreakKind Kind, AuditRecordKind? RecordKind, Guid? RecordId, string Detail);
