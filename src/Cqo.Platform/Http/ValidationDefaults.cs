using FluentValidation;

namespace Cqo.Platform.Http;

/// <summary>
/// FluentValidation's settings are process-wide by its design; they are set here, once, so field
/// names in messages match the JSON (camelCase) and messages follow the request's UI culture. A
/// rule stops at its first failure: a field is told what is wrong once, and checks further down a
/// chain (a format, a count) never run on the missing value that an earlier check refused.
/// </summary>
internal static class ValidationDefaults
{
    public static void Apply()
    {
        ValidatorOptions.Global.LanguageManager = new Messages { Enabled = true };
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : FieldNames.Of(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : FieldNames.Of(member.Name);
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
    }

    /// <summary>FluentValidation's texts, except where its Chinese reads badly ("不能为Null"): users are told what to do.</summary>
    private sealed class Messages : FluentValidation.Resources.LanguageManager
    {
        public Messages()
        {
            AddTranslation("zh-CN", "NotNullValidator", "必须填写“{PropertyName}”。");
            AddTranslation("zh-CN", "NotEmptyValidator", "必须填写“{PropertyName}”。");
        }
    }
}
