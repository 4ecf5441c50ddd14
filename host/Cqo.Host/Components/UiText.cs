using Cqo.Platform.Localization;
using Cqo.SharedKernel.Errors;
using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components;

/// <summary>Localized error texts and safe redirect targets for the UI pages.</summary>
internal static class UiText
{
    /// <summary>Field → localized messages; field names compare case-insensitively (API camelCase, C# PascalCase).</summary>
    public static Dictionary<string, string[]> FieldErrors(this IStringLocalizer texts, IReadOnlyDictionary<string, ErrorMessage[]> errors)
    {
        var result = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, messages) in errors)
        {
            result[field] = [.. result.GetValueOrDefault(field, []), .. messages.Select(texts.Localize)];
        }

        return result;
    }

    /// <summary>Only a path on this site ("/x", not "//host" or "/\host") may be redirected to.</summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string LocalOrHome(string? url) => IsLocalUrl(url) ? url! : "/";
}
