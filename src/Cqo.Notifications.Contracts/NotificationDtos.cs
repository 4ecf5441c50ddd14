namespace Cqo.Notifications.Contracts;

/// <summary>The group-chat robots the platform can post to, each with its own JSON and signing.</summary>
public enum WebhookKind
{
    /// <summary>企业微信 robot: the key in the address is the credential; no signature.</summary>
    WeCom,

    /// <summary>钉钉 robot: HMAC-SHA256 signature of timestamp and secret in the query string.</summary>
    DingTalk,

    /// <summary>飞书 robot: HMAC-SHA256 signature of timestamp and secret in the body.</summary>
    Feishu,
}

public enum DeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    Sent,

    /// <summary>Not sent by choice or for want of an address: opted out, no e-mail, no webhook.</summary>
    Skipped,

    /// <summary>Refused for good by the receiving server (a 5xx to the recipient); not retried.</summary>
    Bounced,

    /// <summary>Every attempt failed; kept, and sent again only by hand.</summary>
    Dead,
}

public sealed record RuleTemplateDto(string Culture, string Subject, string Body);

public sealed record ReminderRuleDto(
    Guid Id,
    string Key,
    string Event,
    OffsetUnit Unit,
    IReadOnlyList<string> Fields,
    IReadOnlyList<int> Offsets,
    ReminderAudience Audiences,
    NotificationChannel Channels,
    string Cron,
    int CatchUpDays,
    bool Enabled,
    IReadOnlyList<RuleTemplateDto> Templates,
    Guid ConcurrencyStamp);

public sealed record DeliveryDto(
    Guid Id,
    Guid RuleId,
    string RuleKey,
    NotificationChannel Channel,
    Guid? RecipientUserId,
    Guid? RecipientOrganisationId,
    string RecipientName,
    string? Address,
    string Subject,
    DeliveryStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset NextAttemptAt,
    Guid? ResendOfId);

public sealed record InboxItemDto(Guid Id, string Subject, string Body, string Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>What a rule would send on a day, if it ran: one line per reminder and recipient channel.</summary>
public sealed record PlannedDeliveryDto(
    string RuleKey,
    string SubjectKey,
    string Occurrence,
    DateOnly DueOn,
    NotificationChannel Channel,
    string RecipientName,
    string? Address,
    string Subject,
    string? SkipReason);

public sealed record PreferenceDto(Guid RuleId, string RuleKey, NotificationChannel Channels, NotificationChannel OptedOut);

public sealed record WebhookDto(WebhookKind Kind, string Url, bool HasSecret, bool Enabled, Guid ConcurrencyStamp);
