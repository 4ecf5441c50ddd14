namespace Cqo.Platform.Outbox;

/// <summary>
/// One handler of one event type, as <see cref="IntegrationEventServiceCollectionExtensions.AddIntegrationEventHandler{TEvent, THandler}"/>
/// declares it: typed delegates built there, so dispatching needs no reflection.
/// </summary>
internal sealed record IntegrationEventHandlerRegistration(
    string EventName,
    Type EventType,
    string HandlerName,
    Func<string, object> Read,
    Func<IServiceProvider, object, CancellationToken, Task> Invoke);
