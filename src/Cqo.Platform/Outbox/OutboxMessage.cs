using System.Text.Json;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Events;

namespace Cqo.Platform.Outbox;

/// <summary>
/// An integration event saved with the change that raised it, and its delivery state. The lease
/// (<see cref="LeaseId"/> until <see cref="LeasedUntil"/>) is held by the one dispatcher delivering it.
/// </summary>
internal sealed class OutboxMessage : Entity, IAuditIgnored
{
    public const int EventTypeMaxLength = 200;
    public const int ErrorMaxLength = 2000;

    public OutboxMessage(Guid id, string eventType, string payload, DateTimeOffset occurredAt)
        : base(id)
    {
        EventType = eventType;
        Payload = payload;
        OccurredAt = occurredAt;
        NextAttemptAt = occurredAt;
    }

    /// <summary>The event's <see cref="IIntegrationEvent.EventName"/>, not its CLR name, so types may move.</summary>
    public string EventType { get; private set; }

    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public OutboxStatus Status { get; private set; } = OutboxStatus.Pending;

    /// <summary>Dispatch attempts so far, counted when a dispatcher claims the message.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public Guid? LeaseId { get; private set; }

    public DateTimeOffset? LeasedUntil { get; private set; }

    /// <summary>When it was delivered or given up on.</summary>
    public DateTimeOffset? ProcessedAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage For<TEvent>(TEvent integrationEvent, DateTimeOffset now)
        where TEvent : IIntegrationEvent
    {
        var name = TEvent.EventName;
        if (string.IsNullOrWhiteSpace(name) || name.Length > EventTypeMaxLength)
        {
            throw new ArgumentException($"{typeof(TEvent).Name}.EventName must be 1 to {EventTypeMaxLength} characters.", nameof(integrationEvent));
        }

        return new OutboxMessage(Guid.CreateVersion7(now), name, JsonSerializer.Serialize(integrationEvent, OutboxJson.Options), now);
    }
}
