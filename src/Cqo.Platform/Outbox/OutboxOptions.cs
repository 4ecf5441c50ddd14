namespace Cqo.Platform.Outbox;

/// <summary>The <c>Outbox</c> section.</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Messages one dispatcher claims at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts after which a message whose handlers still fail is marked dead.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// How long a claimed batch stays with its dispatcher. A batch still unfinished then is left to
    /// others (a crashed host's batch is picked up after this), so it should exceed a batch's run time.
    /// </summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Days a delivered message is kept (for tracing what a handler was told) before it is deleted.</summary>
    public int RetentionDays { get; set; } = 7;
}
