using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;

namespace Cqo.Platform.Security;

internal sealed class PermissionAuthorizationHandler(IPermissionChecker permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && await permissions.IsGrantedAsync(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
