using Cqo.Platform.Security.Permissions;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Security;

namespace Cqo.Registry;

internal sealed class RegistryPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup("Registry");
        string[] regulators = [StandardRoles.MunicipalRegulator, StandardRoles.DistrictRegulator];
        string[] keepers = [.. regulators, StandardRoles.EnterpriseAdmin];

        var enterprises = group.Add(RegistryPermissions.Enterprises, [.. keepers, StandardRoles.Auditor]);
        enterprises.AddChild(RegistryPermissions.EnterprisesManage, keepers);
        enterprises.AddChild(RegistryPermissions.EnterprisesOverrideUscc, regulators);

        var people = group.Add(RegistryPermissions.People, [.. keepers, StandardRoles.Officer]);
        people.AddChild(RegistryPermissions.PeopleManage, keepers);
        people.AddChild(RegistryPermissions.PeopleRevealIdNumber, regulators);

        var filings = group.Add(RegistryPermissions.Filings, keepers);
        filings.AddChild(RegistryPermissions.FilingsManage, StandardRoles.EnterpriseAdmin);
        filings.AddChild(RegistryPermissions.FilingsReview, regulators);

        group.Add(RegistryPermissions.Imports, keepers);
        group.Add(RegistryPermissions.RuleSetsManage, StandardRoles.MunicipalRegulator);
    }
}
