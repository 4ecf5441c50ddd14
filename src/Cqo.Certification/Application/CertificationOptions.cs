namespace Cqo.Certification.Application;

/// <summary>The <c>Certification</c> section: how long a certificate is valid and who issues it.</summary>
internal sealed class CertificationOptions
{
    public const string Section = "Certification";

    /// <summary>Years of validity from the day of issue; 0 gives certificates no end (DOMAIN.md §3).</summary>
    public int ValidityYears { get; set; } = 3;

    /// <summary>The authority named as issuer on every certificate.</summary>
    public string IssuerName { get; set; } = "上海市市场监督管理局";

    /// <summary>The last day of validity of a certificate issued on <paramref name="issuedOn"/>, or none.</summary>
    public DateOnly? ValidUntil(DateOnly issuedOn) => ValidityYears == 0 ? null : issuedOn.AddYears(ValidityYears).AddDays(-1);
}
