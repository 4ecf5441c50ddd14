namespace Cqo.Notifications.Application.Sending;

/// <summary>
/// A delivery that did not go. <see cref="Permanent"/> failures (the mail server refused the
/// recipient for good) are not retried; the others are, with back-off.
/// </summary>
internal sealed class DeliveryFailure(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
