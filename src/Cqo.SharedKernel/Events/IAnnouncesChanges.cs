namespace Cqo.SharedKernel.Events;

/// <summary>
/// A record other modules keep a copy of (oversight's facts). Every save that adds, changes or
/// deletes it, or one of its owned parts, publishes its change event through the outbox in the same
/// transaction, so no use case can forget to. Changes made with bulk statements bypass this and
/// must publish themselves.
/// </summary>
public interface IAnnouncesChanges
{
    /// <summary>Publishes the event that says this record changed (its id only; readers fetch the current state).</summary>
    void AnnounceChange(IIntegrationEventSink events);
}

/// <summary>Where integration events are written: the outbox of the context being saved.</summary>
public interface IIntegrationEventSink
{
    void Publish<TEvent>(TEvent integrationEvent)
        where TEvent : IIntegrationEvent;
}
