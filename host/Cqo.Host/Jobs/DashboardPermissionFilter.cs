using Cqo.SharedKernel.Security;
using Hangfire.Dashboard;

namespace Cqo.Host.Jobs;

/// <summary>Lets into the job dashboard only signed-in holders of the permission (platform administrators).</summary>
internal sealed class DashboardPermissionFilter(string permission) : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        return http.User.Identity?.IsAuthenticated == true
            && await http.RequestServices.GetRequiredService<IPermissionChecker>().IsGrantedAsync(permission, http.RequestAborted);
    }
}
