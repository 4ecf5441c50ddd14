using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Http;

namespace Cqo.Platform.Security;

/// <summary>
/// Reads grants from the principal's permission claims. The identity module replaces it with grants
/// loaded from the database; policies and endpoints do not change.
/// </summary>
internal sealed class ClaimsPermissionChecker(IHttpContextAccessor http) : IPermissionChecker
{
    public ValueTask<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(http.HttpContext?.User.HasClaim(PermissionClaims.Type, permission) == true);
}
