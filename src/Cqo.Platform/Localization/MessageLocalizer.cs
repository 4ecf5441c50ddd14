using Cqo.SharedKernel.Errors;
using Microsoft.Extensions.Localization;

namespace Cqo.Platform.Localization;

/// <summary>Turns an <see cref="ErrorMessage"/> into text in the current UI culture.</summary>
public static class MessageLocalizer
{
    public static string Localize(this IStringLocalizer texts, ErrorMessage message) =>
        texts[message.Key, [.. message.Args.Select(a => a is ErrorMessage inner ? texts.Localize(inner) : a)]].Value;

    public static Dictionary<string, string[]> Localize(this IStringLocalizer texts, IReadOnlyDictionary<string, ErrorMessage[]> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(texts.Localize).ToArray());
}
