using Microsoft.AspNetCore.Authorization;

namespace Cqo.Platform.Security;

/// <summary>On a Razor component or page: only callers holding the permission may open it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicyProvider.Prefix + permission)
{
    public string Permission { get; } = permission;
}
