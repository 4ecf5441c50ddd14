using System.Globalization;

namespace Cqo.Platform.Localization;

/// <summary>zh-CN first (the default), en second.</summary>
public static class SupportedCultures
{
    public const string Default = "zh-CN";

    public static IReadOnlyList<string> All { get; } = [Default, "en"];

    /// <summary>The supported culture a culture falls back to: en-GB → en, zh-Hans → zh-CN, fr → zh-CN.</summary>
    public static string Resolve(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? "en" : Default;
}
