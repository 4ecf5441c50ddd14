namespace Cqo.Platform.Outbox;

/// <summary>Every declared handler, by event name.</summary>
internal sealed class IntegrationEventHandlers(IEnumerable<IntegrationEventHandlerRegistration> registrations)
{
    private readonly Dictionary<string, IntegrationEventHandlerRegistration[]> _byEvent = registrations
        .DistinctBy(r => (r.EventName, r.HandlerName))
        .GroupBy(r => r.EventName, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The events this host has handlers for; only these does it claim.</summary>
    public IReadOnlyCollection<string> EventNames => _byEvent.Keys;

    /// <summary>The handlers of the named event; none when no module handles it.</summary>
    public IReadOnlyList<IntegrationEventHandlerRegistration> For(string eventName) =>
        _byEvent.TryGetValue(eventName, out var handlers) ? handlers : [];
}
