using Cqo.Oversight.Contracts;
using Cqo.Platform.Auditing.Chain;
using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components.Oversight;

/// <summary>Names of the oversight pages' enum values: the module's own texts for what files also say, <c>Ui:Oversight.*</c> for the rest.</summary>
internal static class OversightTexts
{
    public static string Oversight(this IStringLocalizer texts, string key) => texts[$"Ui:Oversight.{key}"];

    public static string Oversight(this IStringLocalizer texts, string key, params object[] args) => texts[$"Ui:Oversight.{key}", args];

    public static string Of(this IStringLocalizer texts, AuditTrailKind kind) => texts[$"Oversight:AuditTrailKind.{kind}"];

    public static string Of(this IStringLocalizer texts, AuditChangeKind kind) => texts[$"Oversight:AuditChangeKind.{kind}"];

    public static string Of(this IStringLocalizer texts, ExportStatus status) => texts[$"Ui:Oversight.ExportStatus.{status}"];

    public static string Of(this IStringLocalizer texts, AuditChainBreakKind kind) => texts[$"Ui:Oversight.BreakKind.{kind}"];
}
