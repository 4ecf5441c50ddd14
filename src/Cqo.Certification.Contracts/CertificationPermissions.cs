namespace Cqo.Certification.Contracts;

/// <summary>Permission names of the certification module.</summary>
public static class CertificationPermissions
{
    /// <summary>See certificates within scope: one's own, one's staff's, one's courses', one's jurisdiction's.</summary>
    public const string Certificates = "Certification.Certificates";

    /// <summary>Suspend and reinstate certificates (district and municipal regulators).</summary>
    public const string CertificatesSuspend = "Certification.Certificates.Suspend";

    /// <summary>Issue certificates by hand, re-issue (replace) and revoke them (the municipal regulator).</summary>
    public const string CertificatesIssue = "Certification.Certificates.Issue";

    /// <summary>Renew a certificate with continuing-education hours (its holder, or the municipal regulator for them).</summary>
    public const string CertificatesRenew = "Certification.Certificates.Renew";

    /// <summary>See continuing-education hours within scope.</summary>
    public const string Credits = "Certification.Credits";

    /// <summary>Log one's own external continuing-education hours, with evidence.</summary>
    public const string CreditsLog = "Certification.Credits.Log";

    /// <summary>Approve or reject logged external hours (regulators, and providers for hours they name).</summary>
    public const string CreditsReview = "Certification.Credits.Review";
}
