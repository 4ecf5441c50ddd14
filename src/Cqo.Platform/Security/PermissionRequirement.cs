using Microsoft.AspNetCore.Authorization;

namespace Cqo.Platform.Security;

/// <summary>Authorizes by permission name through <see cref="Cqo.SharedKernel.Security.IPermissionChecker"/>.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
