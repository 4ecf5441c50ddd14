using MailKit.Security;

namespace Cqo.Notifications.Application;

/// <summary>The <c>Notifications</c> section.</summary>
internal sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>The platform's public address, for links in messages (jobs have no request to take it from).</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Deliveries claimed per dispatch batch; one SMTP connection serves the whole run.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Reminders recorded per transaction while a rule runs.</summary>
    public int RunBatchSize { get; set; } = 500;

    /// <summary>Attempts before a delivery is dead: with back-off from one minute to an hour, about 15 hours.</summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>Days reminders and their deliveries (the inbox included) are kept; at least a year, so last year's record can be shown.</summary>
    public int RetentionDays { get; set; } = 400;

    /// <summary>How long a claimed batch is its host's alone.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>
    /// Whether webhook addresses must be https on the robots' own hosts (qyapi.weixin.qq.com,
    /// oapi.dingtalk.com, open.feishu.cn, open.larksuite.com). Tests turn it off for a local sink.
    /// </summary>
    public bool RestrictWebhookHosts { get; set; } = true;

    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary>The mail server; without a <see cref="Host"/> e-mails wait, pending, until one is configured.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "noreply@cqo.example.cn";

    public string FromName { get; set; } = "首席质量官平台";

    public int TimeoutSeconds { get; set; } = 30;
}
