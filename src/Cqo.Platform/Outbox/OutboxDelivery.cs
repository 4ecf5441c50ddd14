namespace Cqo.Platform.Outbox;

/// <summary>
/// One handler has succeeded on one message. The key (message, handler) makes it unique, so a
/// retry of the message skips the handlers that already succeeded.
/// </summary>
internal sealed class OutboxDelivery(Guid messageId, string handler, DateTimeOffset deliveredAt)
{
    public const int HandlerMaxLength = 300;

    public Guid MessageId { get; private set; } = messageId;

    /// <summary>The handler's full type name.</summary>
    public string Handler { get; private set; } = handler;

    public DateTimeOffset DeliveredAt { get; private set; } = deliveredAt;
}
