namespace Cqo.SharedKernel.Events;

/// <summary>
/// Reacts to an integration event another module published (or this one). Delivery is at least once:
/// a handler runs again when the host stopped before its success was recorded, or when its lease ran
/// out, so it must be idempotent — check whether its effect already exists (the certificate for this
/// enrolment) before producing it. At-least-once delivery plus an idempotent handler is what gives
/// an exactly-once effect. Each call runs in a service scope of its own, as the system.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    /// <summary>
    /// Handles one event. An exception means "not done": the call is retried later with back-off,
    /// and the message is marked dead after the configured number of attempts.
    /// </summary>
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
