using Cqo.Certification.Domain;

namespace Cqo.Certification.Application;

/// <summary>The <c>Certification</c> section: how long a certificate is valid and who issues it.</summary>
internal sealed class CertificationOptions
{
    public const string Section = "Certification";

    /// <summary>Years of validity from the day of issue; 0 gives certificates no end (DOMAIN.md §3).</summary>
    public int ValidityYears { get; set; } = 3;

    /// <summary>The authority named as issuer on every certificate.</summary>
    public string IssuerName { get; set; } = "上海市市场监督管理局";

    /// <summary>
    /// The platform's public address (<c>https://cqo.example.gov.cn</c>) that QR codes and signed
    /// credentials point at; when empty, the address of the request that asks for them.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The configured public address, else <paramref name="requestBase"/> (the address the caller used).</summary>
    public string BaseUrlOr(string requestBase) => (PublicBaseUrl is { Length: > 0 } configured ? configured : requestBase).TrimEnd('/');

    /// <summary>Continuing-education hours needed within a certificate's validity to renew it.</summary>
    public decimal RenewalHours { get; set; } = 24m;

    /// <summary>Days before the last day of validity from which a certificate may be renewed.</summary>
    public int RenewalDaysBefore { get; set; } = 90;

    /// <summary>Days after the last day of validity until which an expired certificate may still be renewed.</summary>
    public int RenewalDaysAfter { get; set; } = 180;

    /// <summary>The largest evidence document an officer may attach to logged hours, in bytes (default 10 MiB).</summary>
    public long MaxEvidenceBytes { get; set; } = 10 * 1024 * 1024;

    public RenewalRule Renewal => new(RenewalHours, RenewalDaysBefore, RenewalDaysAfter);

    /// <summary>The last day of validity of a certificate issued on <paramref name="issuedOn"/>, or none.</summary>
    public DateOnly? ValidUntil(DateOnly issuedOn) => ValidityYears == 0 ? null : issuedOn.AddYears(ValidityYears).AddDays(-1);
}
