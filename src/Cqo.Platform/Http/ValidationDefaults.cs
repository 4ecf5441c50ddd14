using FluentValidation;

namespace Cqo.Platform.Http;

/// <summary>
/// FluentValidation's settings are process-wide by its design; they are set here, once, so field
/// names in messages match the JSON (camelCase) and messages follow the request's UI culture.
/// </summary>
internal static class ValidationDefaults
{
    public static void Apply()
    {
        ValidatorOptions.Global.LanguageManager.Enabled = true;
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : FieldNames.Of(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : FieldNames.Of(member.Name);
    }
}
