using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using MudBlazor;

namespace Cqo.Host.Components.Certification;

/// <summary>What a certificate's status means to the pages: its colour, and which regulators' steps it allows (as the domain decides).</summary>
public partial class CertificateStatusChip
{
    public static Color ColorOf(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => Color.Success,
        CertificateStatus.Suspended => Color.Warning,
        CertificateStatus.Revoked => Color.Error,
        CertificateStatus.Replaced => Color.Info,
        _ => Color.Default,
    };

    public static bool CanSuspend(CertificateStatus status) => status == CertificateStatus.Valid;

    public static bool CanReinstate(CertificateStatus status) => status == CertificateStatus.Suspended;

    public static bool CanRevoke(CertificateStatus status) => Certificate.Standing.Contains(status);

    /// <summary>A suspended certificate is reinstated (or revoked) first; only a standing one gets a successor.</summary>
    public static bool CanReissue(CertificateStatus status) => CanRevoke(status) && status != CertificateStatus.Suspended;
}
