namespace Cqo.Platform.Outbox;

internal enum OutboxStatus
{
    /// <summary>Waiting for delivery, or for its next attempt.</summary>
    Pending,

    /// <summary>Every handler has succeeded (or there was none).</summary>
    Delivered,

    /// <summary>Failed the maximum number of attempts: kept for inspection, never retried.</summary>
    Dead,
}
