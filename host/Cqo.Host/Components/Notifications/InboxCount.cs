namespace Cqo.Host.Components.Notifications;

/// <summary>
/// The circuit's signal that the caller's inbox changed (a message read): the header's bell listens and
/// counts again at once instead of at its next navigation or tick. Scoped, so one per circuit.
/// </summary>
public sealed class InboxCount
{
    public event Func<Task>? Changed;

    public Task NotifyChangedAsync() =>
        Changed is { } changed ? Task.WhenAll(changed.GetInvocationList().Cast<Func<Task>>().Select(listener => listener())) : Task.CompletedTask;
}
