using Cqo.SharedKernel.Domain;

namespace Cqo.Platform.Auditing;

/// <summary>One created, updated or deleted entity: who, when, within which request, old → new values.</summary>
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
}
