using Cqo.Notifications.Contracts;

namespace Cqo.Notifications.Application.Reminders;

/// <summary>The reminder sources the modules registered, by event name.</summary>
internal sealed class ReminderSources(IEnumerable<IReminderSource> sources)
{
    private readonly Dictionary<string, IReminderSource> _byEvent = sources.ToDictionary(s => s.Event, StringComparer.Ordinal);

    public IReminderSource? Find(string @event) => _byEvent.GetValueOrDefault(@event);

    public IEnumerable<IReminderSource> All => _byEvent.Values;
}
