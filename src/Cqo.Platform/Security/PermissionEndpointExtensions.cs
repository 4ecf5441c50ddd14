using Microsoft.AspNetCore.Builder;

namespace Cqo.Platform.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>Requires an authenticated caller who holds <paramref name="permission"/>.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.AddRequirements(new PermissionRequirement(permission)));
}
