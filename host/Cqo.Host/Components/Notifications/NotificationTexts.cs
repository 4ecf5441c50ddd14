using Cqo.Notifications.Application.Reminders;
using Cqo.Notifications.Contracts;
using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components.Notifications;

/// <summary>Names of the notifications module's enum values and rules, from the modules' own texts, and the UI's texts under <c>Ui:Notifications.*</c>.</summary>
internal static class NotificationTexts
{
    /// <summary>The channels a rule may send on, in the order the pages show them.</summary>
    public static readonly NotificationChannel[] Channels = [NotificationChannel.Email, NotificationChannel.Inbox, NotificationChannel.Webhook];

    /// <summary>The audiences a rule may reach, in the order the pages show them.</summary>
    public static readonly ReminderAudience[] Audiences =
    [
        ReminderAudience.Holder, ReminderAudience.Enterprise, ReminderAudience.Provider, ReminderAudience.DistrictRegulator, ReminderAudience.MunicipalRegulator,
    ];

    public static string Notifications(this IStringLocalizer texts, string key) => texts[$"Ui:Notifications.{key}"];

    public static string Notifications(this IStringLocalizer texts, string key, params object[] args) => texts[$"Ui:Notifications.{key}", args];

    public static string Of(this IStringLocalizer texts, DeliveryStatus status) => texts[$"DeliveryStatus:{status}"];

    public static string Of(this IStringLocalizer texts, OffsetUnit unit) => texts[$"OffsetUnit:{unit}"];

    public static string Of(this IStringLocalizer texts, WebhookKind kind) => texts[$"WebhookKind:{kind}"];

    /// <summary>One channel, or several joined (<c>电子邮件、站内消息</c>); flags are named one by one.</summary>
    public static string Of(this IStringLocalizer texts, NotificationChannel channels) =>
        Join(texts, Channels.Where(c => channels.HasFlag(c)).Select(c => texts[$"NotificationChannel:{c}"].Value));

    /// <summary>One audience, or several joined.</summary>
    public static string Of(this IStringLocalizer texts, ReminderAudience audiences) =>
        Join(texts, Audiences.Where(a => audiences.HasFlag(a)).Select(a => texts[$"ReminderAudience:{a}"].Value));

    /// <summary>A rule by its key: the name its module gives it (<c>ReminderRule:&lt;key&gt;</c>), else the key itself.</summary>
    public static string RuleName(this IStringLocalizer texts, string key) =>
        texts[$"ReminderRule:{key}"] is { ResourceNotFound: false } text ? text.Value : key;

    /// <summary>Why a delivery was not sent, in the reader's language where the planner's reason is known; otherwise as stored.</summary>
    public static string SkipReason(this IStringLocalizer texts, string? reason) => reason switch
    {
        null or "" => "",
        ReminderPlanner.OptedOut => texts.Notifications("Skip.OptedOut"),
        ReminderPlanner.NoEmailAddress => texts.Notifications("Skip.NoEmailAddress"),
        _ => reason,
    };

    private static string Join(IStringLocalizer texts, IEnumerable<string> names) => string.Join(texts.Notifications("Common.ListSeparator"), names);
}
