using Cqo.SharedKernel.Security;

namespace Cqo.Platform.Security.Permissions;

internal sealed class PlatformPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup("Platform").Add(PlatformPermissions.Jobs, StandardRoles.PlatformAdmin);
}
