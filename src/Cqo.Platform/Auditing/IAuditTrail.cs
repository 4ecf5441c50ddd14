using Cqo.Platform.Auditing.Chain;

namespace Cqo.Platform.Auditing;

/// <summary>
/// The audit trail as a module that queries it (oversight) reaches it: entity changes and request
/// audits as one list, and the verification of their hash chain.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Both tables as one untracked list, to filter, sort and page in SQL; a change's request fields are null and the other way round.</summary>
    IQueryable<AuditTrailRecord> Records { get; }

    /// <summary>The latest verification's result; null before the first.</summary>
    Task<AuditChainVerificationDto?> LatestVerificationAsync(CancellationToken cancellationToken);

    /// <summary>Verifies the chain now, stores the result as the latest and answers it.</summary>
    Task<AuditChainVerificationDto> VerifyAsync(Guid? requestedBy, CancellationToken cancellationToken);
}

/// <summary>One record of the trail: a change (or recorded view) of an entity, or a state-changing request.</summary>
public sealed class AuditTrailRecord
{
    public AuditRecordKind Kind { get; init; }

    public Guid Id { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid? UserId { get; init; }

    public string? CorrelationId { get; init; }

    public string? EntityType { get; init; }

    public string? EntityKey { get; init; }

    public EntityChangeKind? ChangeKind { get; init; }

    /// <summary>JSON object: property → [old, new].</summary>
    public string? Changes { get; init; }

    public string? Method { get; init; }

    public string? Path { get; init; }

    public int? StatusCode { get; init; }

    public long? DurationMs { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    /// <summary>Its place in the hash chain; null until sealed.</summary>
    public long? ChainSequence { get; init; }
}
