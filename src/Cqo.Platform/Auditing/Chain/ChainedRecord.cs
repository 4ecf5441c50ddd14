namespace Cqo.Platform.Auditing.Chain;

/// <summary>
/// A record of either table as the chain sees it: the fields its hash covers, and where it stands in
/// the chain. Change fields are null on a request and request fields null on a change.
/// </summary>
internal sealed record ChainedRecord(
    AuditRecordKind Kind,
    Guid Id,
    DateTimeOffset At,
    Guid? UserId,
    string? CorrelationId,
    string? EntityType,
    string? EntityKey,
    string? ChangeKind,
    string? Changes,
    string? Method,
    string? Path,
    int? StatusCode,
    long? DurationMs,
    string? IpAddress,
    string? UserAgent,
    long? Sequence,
    string? Hash)
{
    public static ChainedRecord Of(EntityChange c) => new(
        AuditRecordKind.Change, c.Id, c.ChangedAt, c.ChangedBy, c.CorrelationId, c.EntityType, c.EntityKey, c.Kind.ToString(), c.Changes,
        null, null, null, null, null, null, c.ChainSequence, c.ChainHash);

    public static ChainedRecord Of(RequestAudit r) => new(
        AuditRecordKind.Request, r.Id, r.At, r.UserId, r.CorrelationId, null, null, null, null,
        r.Method, r.Path, r.StatusCode, r.DurationMs, r.IpAddress, r.UserAgent, r.ChainSequence, r.ChainHash);
}
