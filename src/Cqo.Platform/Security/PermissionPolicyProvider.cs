using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Security;

/// <summary>
/// Resolves policies named <c>Permission:{name}</c> (see <see cref="RequirePermissionAttribute"/>)
/// to a <see cref="PermissionRequirement"/>; every other policy as configured.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "Permission:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        policyName.StartsWith(Prefix, StringComparison.Ordinal)
            ? new AuthorizationPolicyBuilder().AddRequirements(new PermissionRequirement(policyName[Prefix.Length..])).Build()
            : await base.GetPolicyAsync(policyName);
}
