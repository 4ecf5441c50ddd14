using Cqo.Oversight.Contracts;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Security;

namespace Cqo.Oversight;

internal sealed class OversightPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup("Oversight");
        group.Add(OversightPermissions.Statistics, [StandardRoles.MunicipalRegulator, StandardRoles.DistrictRegulator, StandardRoles.Auditor]);
        group.Add(OversightPermissions.Records, [StandardRoles.MunicipalRegulator, StandardRoles.DistrictRegulator]);
        group.Add(OversightPermissions.ManageTargets, StandardRoles.MunicipalRegulator);
        group.Add(OversightPermissions.AuditTrail, [StandardRoles.MunicipalRegulator, StandardRoles.PlatformAdmin]);
    }
}
