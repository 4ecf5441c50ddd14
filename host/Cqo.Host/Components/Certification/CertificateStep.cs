namespace Cqo.Host.Components.Certification;

/// <summary>A regulator's step on a certificate, as the pages offer them.</summary>
public enum CertificateStep
{
    Suspend,
    Reinstate,
    Revoke,
    Reissue,
}
