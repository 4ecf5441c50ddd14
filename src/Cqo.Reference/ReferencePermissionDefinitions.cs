using Cqo.Platform.Security.Permissions;
using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Security;

namespace Cqo.Reference;

internal sealed class ReferencePermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup("Reference").Add(ReferencePermissions.Manage, StandardRoles.MunicipalRegulator);
}
