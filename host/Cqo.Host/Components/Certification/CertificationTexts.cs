using System.Globalization;
using Cqo.Certification.Contracts;
using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components.Certification;

/// <summary>Names of certification's enum values, from the module's own texts, and the UI's own texts under <c>Ui:Certification.*</c>.</summary>
internal static class CertificationTexts
{
    public static string Of(this IStringLocalizer texts, CertificateStatus status) => texts[$"CertificateStatus:{status}"];

    public static string Of(this IStringLocalizer texts, CertificateChangeKind kind) => texts[$"CertificateChangeKind:{kind}"];

    public static string Of(this IStringLocalizer texts, CertificateOrigin origin) => texts[$"CertificateOrigin:{origin}"];

    public static string Of(this IStringLocalizer texts, CreditSource source) => texts[$"CreditSource:{source}"];

    public static string Of(this IStringLocalizer texts, CreditStatus status) => texts[$"CreditStatus:{status}"];

    public static string Certification(this IStringLocalizer texts, string key) => texts[$"Ui:Certification.{key}"];

    public static string Certification(this IStringLocalizer texts, string key, params object[] args) => texts[$"Ui:Certification.{key}", args];

    /// <summary>The last day of validity, or "长期有效" for a certificate without end.</summary>
    public static string ValidUntil(this IStringLocalizer texts, DateOnly? validUntil) =>
        validUntil is { } day ? UiFormat.Date(day) : texts.Certification("Certificate.NoExpiry");

    /// <summary>Hours as counted, in half hours: <c>8</c>, <c>11.5</c> (the same digits in both languages).</summary>
    public static string Hours(decimal hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);
}
