using Cqo.SharedKernel.Domain;

namespace Cqo.Platform.Auditing;

/// <summary>
/// One created, updated or deleted entity, or one view of personal data: who, when, within which
/// request, old → new values (for a view, what was seen and why).
/// </summary>
public sealed class EntityChange : Entity, IAuditIgnored
{
    public const int TypeMaxLength = 200;
    public const int KeyMaxLength = 100;
    public const int CorrelationMaxLength = 64;

    public EntityChange(Guid id, string entityType, string entityKey, EntityChangeKind kind, string changes, DateTimeOffset changedAt, Guid? changedBy, string? correlationId)
        : base(id)
    {
        EntityType = entityType;
        EntityKey = entityKey;
        Kind = kind;
        Changes = changes;
        ChangedAt = changedAt;
        ChangedBy = changedBy;
        CorrelationId = correlationId;
    }

    public string EntityType { get; private set; }

    public string EntityKey { get; private set; }

    public EntityChangeKind Kind { get; private set; }

    /// <summary>JSON object: property → [old, new].</summary>
    public string Changes { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public Guid? ChangedBy { get; private set; }

    public string? CorrelationId { get; private set; }

    /// <summary>Its place in the audit chain; null until the sealing job reaches it.</summary>
    public long? ChainSequence { get; private set; }

    /// <summary>SHA-256 (hex) over the previous record's hash and this record's canonical form; null until sealed.</summary>
    public string? ChainHash { get; private set; }

    internal void Seal(long sequence, string hash) => (ChainSequence, ChainHash) = (sequence, hash);
}
