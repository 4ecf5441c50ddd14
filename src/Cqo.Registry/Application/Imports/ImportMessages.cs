using System.Globalization;
using System.Text.Json;
using Cqo.Platform.Localization;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using FluentValidation.Internal;
using Microsoft.Extensions.Localization;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// Renders stored import messages in the reader's language. A validator's message is rebuilt from
/// FluentValidation's own texts with the column header as the field name; the module's messages,
/// which quote the API field name (“districtCode”), quote the header instead.
/// </summary>
internal static class ImportMessages
{
    public static string Render(IStringLocalizer texts, ImportKind kind, ImportRowError error)
    {
        if (error.MessageKey.StartsWith(ImportErrorLog.ValidatorPrefix, StringComparison.Ordinal))
        {
            return RenderValidator(error.MessageKey[ImportErrorLog.ValidatorPrefix.Length..], error.Column, error.MessageArgs);
        }

        var text = Render(texts, error.MessageKey, error.MessageArgs);
        var field = ImportColumns.For(kind).FirstOrDefault(c => c.Header == error.Column)?.Field;
        return field is null
            ? text
            : text.Replace($"“{field}”", $"“{error.Column}”", StringComparison.Ordinal).Replace($"'{field}'", $"'{error.Column}'", StringComparison.Ordinal);
    }

    /// <summary>A module message stored as a key and a JSON array of arguments.</summary>
    public static string Render(IStringLocalizer texts, string key, string? args) =>
        texts.Localize(new ErrorMessage(key, args is null ? [] : [.. JsonSerializer.Deserialize<string[]>(args)!]));

    private static string RenderValidator(string errorCode, string column, string? args)
    {
        // "must not be null" says nothing to someone filling a spreadsheet: a blank cell is empty.
        var code = errorCode == "NotNullValidator" ? "NotEmptyValidator" : errorCode;
        var template = ValidatorOptions.Global.LanguageManager.GetString(code, CultureInfo.CurrentUICulture);
        var formatter = new MessageFormatter().AppendPropertyName(column);
        if (args is not null)
        {
            foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(args)!)
            {
                formatter.AppendArgument(name, value);
            }
        }

        return formatter.BuildMessage(string.IsNullOrEmpty(template) ? code : template);
    }
}
