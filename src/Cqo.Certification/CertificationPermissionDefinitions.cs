using Cqo.Certification.Contracts;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Security;

namespace Cqo.Certification;

internal sealed class CertificationPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup("Certification");
        var certificates = group.Add(CertificationPermissions.Certificates,
        [
            StandardRoles.Officer, StandardRoles.EnterpriseAdmin, StandardRoles.ProviderAdmin, StandardRoles.Trainer,
            StandardRoles.DistrictRegulator, StandardRoles.MunicipalRegulator,
        ]);
        // District regulators suspend; issuing and revoking are the municipal regulator's (DOMAIN.md §2).
        certificates.AddChild(CertificationPermissions.CertificatesSuspend, [StandardRoles.DistrictRegulator, StandardRoles.MunicipalRegulator]);
        certificates.AddChild(CertificationPermissions.CertificatesIssue, StandardRoles.MunicipalRegulator);
        certificates.AddChild(CertificationPermissions.CertificatesRenew, [StandardRoles.Officer, StandardRoles.MunicipalRegulator]);

        var credits = group.Add(CertificationPermissions.Credits,
        [
            StandardRoles.Officer, StandardRoles.EnterpriseAdmin, StandardRoles.ProviderAdmin, StandardRoles.Trainer,
            StandardRoles.DistrictRegulator, StandardRoles.MunicipalRegulator,
        ]);
        credits.AddChild(CertificationPermissions.CreditsLog, StandardRoles.Officer);
        credits.AddChild(CertificationPermissions.CreditsReview,
            [StandardRoles.ProviderAdmin, StandardRoles.Trainer, StandardRoles.DistrictRegulator, StandardRoles.MunicipalRegulator]);
    }
}
