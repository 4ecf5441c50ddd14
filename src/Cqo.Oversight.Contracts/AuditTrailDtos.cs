using System.Text.Json;

namespace Cqo.Oversight.Contracts;

/// <summary>Which table of the trail a record comes from.</summary>
public enum AuditTrailKind
{
    /// <summary>A created, updated or deleted entity, or a recorded view of personal data or of the trail.</summary>
    Change,

    /// <summary>A state-changing API request, refused and failed ones included.</summary>
    Request,
}

public enum AuditChangeKind
{
    Created,
    Updated,
    Deleted,

    /// <summary>Nothing changed: someone saw personal data in full or exported the trail.</summary>
    Viewed,
}

/// <summary>
/// One record of the audit trail. A change carries the entity and its changes; a request its method,
/// path, status and address. <see cref="ChainSequence"/> is null until the record is sealed into the chain.
/// </summary>
public sealed record AuditTrailItemDto(
    AuditTrailKind Kind,
    Guid Id,
    DateTimeOffset At,
    Guid? UserId,
    string? UserName,
    string? EntityType,
    string? EntityKey,
    AuditChangeKind? ChangeKind,
    IReadOnlyList<AuditPropertyChangeDto>? Changes,
    string? Method,
    string? Path,
    int? StatusCode,
    long? DurationMs,
    string? IpAddress,
    string? UserAgent,
    string? CorrelationId,
    long? ChainSequence);

/// <summary>One property's value before and after (JSON; null when created or deleted, <c>"***"</c> for secrets).</summary>
public sealed record AuditPropertyChangeDto(string Property, JsonElement Old, JsonElement New);

/// <summary>Length limits of the trail's filters.</summary>
public static class AuditTrailLimits
{
    public const int EntityTypeMaxLength = 200;
    public const int EntityKeyMaxLength = 100;
    public const int CorrelationIdMaxLength = 64;
}
