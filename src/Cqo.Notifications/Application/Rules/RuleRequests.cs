using Cqo.Notifications.Contracts;
using Cqo.Platform.Localization;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Cqo.Notifications.Application.Rules;

/// <summary>An administrator's edit of a rule: when, for whom, how, and the words in each language.</summary>
internal sealed record SaveRuleRequest(
    IReadOnlyList<int> Offsets,
    ReminderAudience Audiences,
    NotificationChannel Channels,
    string Cron,
    int CatchUpDays,
    bool Enabled,
    IReadOnlyList<RuleTemplateDto> Templates,
    Guid ConcurrencyStamp);

internal sealed class SaveRuleValidator : AbstractValidator<SaveRuleRequest>
{
    private const ReminderAudience AllAudiences = ReminderAudience.Holder | ReminderAudience.Enterprise | ReminderAudience.Provider
        | ReminderAudience.DistrictRegulator | ReminderAudience.MunicipalRegulator;

    private const NotificationChannel AllChannels = NotificationChannel.Email | NotificationChannel.Inbox | NotificationChannel.Webhook;

    public SaveRuleValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
        RuleFor(x => x.Offsets).NotEmpty().Must(o => o.Count <= NotificationLimits.MaxOffsets)
            .WithMessage(_ => texts["Notifications:TooManyOffsets", NotificationLimits.MaxOffsets]);
        RuleForEach(x => x.Offsets).InclusiveBetween(0, 3650);
        RuleFor(x => x.Audiences).Must(a => a != ReminderAudience.None && (a & ~AllAudiences) == 0)
            .WithMessage(_ => texts["Notifications:AudienceRequired"]);
        RuleFor(x => x.Channels).Must(c => c != NotificationChannel.None && (c & ~AllChannels) == 0)
            .WithMessage(_ => texts["Notifications:ChannelRequired"]);
        RuleFor(x => x.Cron).NotEmpty().MaximumLength(NotificationLimits.CronMaxLength)
            .Must(CronFormat.IsValid).WithMessage(_ => texts["Notifications:CronInvalid"]);
        RuleFor(x => x.CatchUpDays).InclusiveBetween(0, NotificationLimits.MaxCatchUpDays);
        RuleFor(x => x.Templates).NotNull()
            .Must(t => t.Any(x => x.Culture == SupportedCultures.Default)).WithMessage(_ => texts["Notifications:ChineseTemplateRequired"])
            .Must(t => t.Select(x => x.Culture).Distinct().Count() == t.Count).WithMessage(_ => texts["Notifications:TemplateCultureTwice"]);
        RuleForEach(x => x.Templates).ChildRules(t =>
        {
            t.RuleFor(x => x.Culture).Must(SupportedCultures.All.Contains).WithMessage(_ => texts["Notifications:CultureUnknown", string.Join(", ", SupportedCultures.All)]);
            t.RuleFor(x => x.Subject).NotEmpty().MaximumLength(NotificationLimits.SubjectMaxLength);
            t.RuleFor(x => x.Body).NotEmpty().MaximumLength(NotificationLimits.BodyMaxLength);
        });
    }
}

/// <summary>
/// Five-field cron expressions as Hangfire reads them (minute, hour, day of month, month, day of
/// week), each field <c>*</c>, a number, a range, a list, or any of these with a <c>/step</c>.
/// </summary>
internal static class CronFormat
{
    private static readonly (int Min, int Max)[] s_fields = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)];

    public static bool IsValid(string? cron)
    {
        var fields = (cron ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length == s_fields.Length && fields.Select((f, i) => f.Split(',').All(item => IsValidItem(item, s_fields[i]))).All(ok => ok);
    }

    private static bool IsValidItem(string item, (int Min, int Max) range)
    {
        var stepParts = item.Split('/');
        if (stepParts.Length > 2 || (stepParts.Length == 2 && !(int.TryParse(stepParts[1], out var step) && step >= 1 && step <= range.Max)))
        {
            return false;
        }

        var span = stepParts[0];
        if (span == "*")
        {
            return true;
        }

        var bounds = span.Split('-');
        return bounds.Length <= 2
            && bounds.All(b => int.TryParse(b, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= range.Min && n <= range.Max)
            && (bounds.Length == 1 || int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture) <= int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
