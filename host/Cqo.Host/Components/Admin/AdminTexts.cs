using Cqo.Identity.Contracts;
using Cqo.SharedKernel.Security;
using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components.Admin;

/// <summary>The administration pages' texts: keys <c>Ui:Admin.*</c> of the host's catalogue.</summary>
internal static class AdminTexts
{
    public static string Admin(this IStringLocalizer texts, string key) => texts[$"Ui:Admin.{key}"];

    public static string Admin(this IStringLocalizer texts, string key, params object[] args) => texts[$"Ui:Admin.{key}", args];

    public static string Of(this IStringLocalizer texts, ScopeKind kind) => texts.Admin($"ScopeKind.{kind}");

    public static string Of(this IStringLocalizer texts, ApprovalStatus approval) => texts.Admin($"Approval.{approval}");

    public static string Of(this IStringLocalizer texts, SecurityAction action) => texts.Admin($"Action.{action}");
}
