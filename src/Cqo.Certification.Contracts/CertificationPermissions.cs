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
}
