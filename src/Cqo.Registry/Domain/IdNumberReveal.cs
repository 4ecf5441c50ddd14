using Cqo.SharedKernel.Domain;

namespace Cqo.Registry.Domain;

/// <summary>A record that someone saw a full ID number: who, when, why, from which request.</summary>
internal sealed class IdNumberReveal(Guid id, Guid personId, Guid? userId, string userName, string reason, DateTimeOffset at, string? traceId)
    : Entity(id), IAuditIgnored
{
    public Guid PersonId { get; private set; } = personId;

    public Guid? UserId { get; private set; } = userId;

    public string UserName { get; private set; } = userName;

    public string Reason { get; private set; } = reason;

    public DateTimeOffset At { get; private set; } = at;

    public string? TraceId { get; private set; } = traceId;
}
