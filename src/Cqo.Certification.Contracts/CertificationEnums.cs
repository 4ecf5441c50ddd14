namespace Cqo.Certification.Contracts;

/// <summary>Where a certificate stands (DOMAIN.md §4).</summary>
public enum CertificateStatus
{
    Valid,
    Expired,
    Suspended,
    Revoked,

    /// <summary>A new certificate replaces it: re-issued (lost or corrected) or renewed before it expired.</summary>
    Replaced,
}

/// <summary>What happened to a certificate, in its history.</summary>
public enum CertificateChangeKind
{
    Issued,
    Expired,
    Suspended,
    Reinstated,
    Revoked,
    Replaced,
    Renewed,
}

/// <summary>How a certificate came to be.</summary>
public enum CertificateOrigin
{
    /// <summary>Issued when its holder passed an appointment-training course.</summary>
    CoursePassed,

    /// <summary>Issued by hand by the municipal regulator.</summary>
    Manual,

    /// <summary>A new number for a lost or corrected certificate.</summary>
    Reissue,

    /// <summary>Renewed with continuing-education hours.</summary>
    Renewal,
}

/// <summary>Where continuing-education hours come from.</summary>
public enum CreditSource
{
    /// <summary>A continuing-education or public SME course on the platform, credited when passed.</summary>
    Course,

    /// <summary>Training elsewhere, logged by the officer with evidence and approved by a regulator or provider.</summary>
    External,
}

/// <summary>Whether logged hours count.</summary>
public enum CreditStatus
{
    Pending,
    Approved,
    Rejected,
}
