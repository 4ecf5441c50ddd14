using System.Globalization;
using System.Text.RegularExpressions;
using Cqo.Notifications.Domain;
using Cqo.SharedKernel.Time;

namespace Cqo.Notifications.Application.Reminders;

/// <summary>
/// Fills a rule's <c>{field}</c> placeholders with a reminder's values in the recipient's language:
/// dates as Shanghai calendar days (2027年3月15日 / 15 March 2027), lists one item a line.
/// </summary>
internal static partial class TemplateRenderer
{
    /// <summary>A field every template may use: the absolute link into the platform.</summary>
    public const string LinkField = "link";

    public static RenderedMessage Render(ReminderRule rule, string culture, IReadOnlyDictionary<string, object?> values, string link)
    {
        var template = rule.TemplateFor(culture);
        var format = CultureInfo.GetCultureInfo(template.Culture);
        return new RenderedMessage(template.Culture, Fill(template.Subject, values, link, format), Fill(template.Body, values, link, format), link);
    }

    /// <summary>The placeholders a template uses, to refuse those its source does not supply.</summary>
    public static IEnumerable<string> Placeholders(string template) => Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    private static string Fill(string template, IReadOnlyDictionary<string, object?> values, string link, CultureInfo culture) =>
        Placeholder().Replace(template, m => m.Groups[1].Value == LinkField
            ? link
            : values.TryGetValue(m.Groups[1].Value, out var value) ? Format(value, culture) : "");

    private static string Format(object? value, CultureInfo culture) => value switch
    {
        null => "",
        DateOnly day => culture.Name == "en" ? day.ToString("d MMMM yyyy", culture) : day.ToString("yyyy年M月d日", culture),
        DateTimeOffset instant => instant.ToShanghai().ToString("yyyy-MM-dd HH:mm", culture),
        IEnumerable<string> lines => string.Join('\n', lines),
        IFormattable formattable => formattable.ToString(null, culture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
