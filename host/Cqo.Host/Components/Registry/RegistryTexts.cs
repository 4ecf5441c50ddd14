using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components.Registry;

/// <summary>
/// The registry pages' texts: keys <c>Ui:Registry.*</c> of the host's catalogue, and the names of the
/// registry's enumerations (status, action, education and title come from the registry module's own catalogue).
/// </summary>
internal static class RegistryTexts
{
    public static string Registry(this IStringLocalizer texts, string key) => texts[$"Ui:Registry.{key}"];

    public static string Registry(this IStringLocalizer texts, string key, params object[] args) => texts[$"Ui:Registry.{key}", args];

    public static string Of(this IStringLocalizer texts, FilingStatus status) => texts[$"FilingStatus:{status}"];

    public static string Of(this IStringLocalizer texts, FilingAction action) => texts[$"FilingAction:{action}"];

    public static string Of(this IStringLocalizer texts, Education education) => texts[$"Education:{education}"];

    public static string Of(this IStringLocalizer texts, TitleLevel title) => texts[$"TitleLevel:{title}"];

    public static string Of(this IStringLocalizer texts, EnterpriseScale scale) => texts.Registry($"Scale.{scale}");

    public static string Of(this IStringLocalizer texts, EnterpriseStatus status) => texts.Registry($"EnterpriseStatus.{status}");

    public static string Of(this IStringLocalizer texts, AwardLevel level) => texts.Registry($"AwardLevel.{level}");

    public static string Of(this IStringLocalizer texts, AppointingBody body) => texts.Registry($"AppointedBy.{body}");

    public static string Of(this IStringLocalizer texts, FilingEndReason reason) => texts.Registry($"EndReason.{reason}");

    public static string Of(this IStringLocalizer texts, PersonalIdType type) => texts.Registry($"IdType.{type}");

    public static string Of(this IStringLocalizer texts, Gender gender) => texts.Registry($"Gender.{gender}");

    public static string Of(this IStringLocalizer texts, ObjectionStatus status) => texts.Registry($"ObjectionStatus.{status}");

    public static string Of(this IStringLocalizer texts, ReviewDecision decision) => texts.Registry($"Decision.{decision}");

    /// <summary>A declaration of a rule set by its code (<c>Declaration:&lt;code&gt;</c>); an unknown code shows as itself.</summary>
    public static string Declaration(this IStringLocalizer texts, string code) =>
        texts[$"Declaration:{code}"] is { ResourceNotFound: false } text ? text.Value : code;
}
