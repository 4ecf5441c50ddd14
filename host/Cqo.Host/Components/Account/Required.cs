using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components.Account;

/// <summary>The "required" check of the account forms, before anything is sent to the application services.</summary>
internal static class Required
{
    /// <summary>Field → "required" message for every blank field; null when all are filled in.</summary>
    public static Dictionary<string, string[]>? Check(IStringLocalizer texts, params (string Field, string? Value)[] fields)
    {
        var missing = fields.Where(f => string.IsNullOrWhiteSpace(f.Value)).ToList();
        return missing.Count == 0
            ? null
            : missing.ToDictionary(f => f.Field, f => new[] { texts["Ui:Validation.Required"].Value }, StringComparer.OrdinalIgnoreCase);
    }
}
