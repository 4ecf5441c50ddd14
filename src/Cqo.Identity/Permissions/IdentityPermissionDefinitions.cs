using Cqo.Identity.Contracts;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Security;

namespace Cqo.Identity.Permissions;

internal sealed class IdentityPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup("Identity");
        string[] accountAdmins = [StandardRoles.PlatformAdmin, StandardRoles.EnterpriseAdmin, StandardRoles.ProviderAdmin];
        group.Add(IdentityPermissions.Users, accountAdmins).AddChild(IdentityPermissions.UsersManage, accountAdmins);
        group.Add(IdentityPermissions.Registrations,
            StandardRoles.PlatformAdmin, StandardRoles.MunicipalRegulator, StandardRoles.DistrictRegulator, StandardRoles.EnterpriseAdmin);
        group.Add(IdentityPermissions.Organisations,
            StandardRoles.PlatformAdmin, StandardRoles.MunicipalRegulator, StandardRoles.DistrictRegulator, StandardRoles.Auditor);
        group.Add(IdentityPermissions.Roles, StandardRoles.PlatformAdmin).AddChild(IdentityPermissions.RolesManage, StandardRoles.PlatformAdmin);
        group.Add(IdentityPermissions.Clients, StandardRoles.PlatformAdmin).AddChild(IdentityPermissions.ClientsManage, StandardRoles.PlatformAdmin);
        group.Add(IdentityPermissions.SecurityLog, StandardRoles.PlatformAdmin);
    }
}
