using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Cqo.Platform.Localization;

/// <summary>
/// Texts from embedded JSON files (ABP-style), one per culture, merged across modules. A missing
/// translation falls back to zh-CN, then to the key itself.
/// </summary>
internal sealed class JsonStringLocalizer : IStringLocalizer
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;

    public JsonStringLocalizer(IEnumerable<LocalizationResource> resources) =>
        _texts = SupportedCultures.All.ToFrozenDictionary(
            culture => culture,
            culture => resources
                .SelectMany(r => Load(r, culture))
                .GroupBy(p => p.Key)
                .ToFrozenDictionary(g => g.Key, g => g.Last().Value)); // a clash must not take every response down

    public LocalizedString this[string name] => Find(name) is { } text
        ? new LocalizedString(name, text)
        : new LocalizedString(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        this[name] is var format && format.ResourceNotFound
            ? format
            : new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _texts[SupportedCultures.Resolve(CultureInfo.CurrentUICulture)].Select(p => new LocalizedString(p.Key, p.Value));

    private string? Find(string name)
    {
        var culture = SupportedCultures.Resolve(CultureInfo.CurrentUICulture);
        return _texts[culture].GetValueOrDefault(name) ?? _texts[SupportedCultures.Default].GetValueOrDefault(name);
    }

    private static IEnumerable<KeyValuePair<string, string>> Load(LocalizationResource resource, string culture)
    {
        var suffix = $".Localization.{culture}.json";
        foreach (var name in resource.Assembly.GetManifestResourceNames().Where(n => n.EndsWith(suffix, StringComparison.Ordinal)))
        {
            using var stream = resource.Assembly.GetManifestResourceStream(name)!;
            foreach (var pair in JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!)
            {
                yield return pair;
            }
        }
    }
}
