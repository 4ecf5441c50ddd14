using System.Collections.Frozen;
using Cqo.SharedKernel.Security;

namespace Cqo.Identity.Infrastructure.Permissions;

/// <summary>Answers permission checks from the caller's effective grants in the database (cached).</summary>
internal sealed class GrantedPermissionChecker(ICurrentUser currentUser, EffectiveGrants grants) : IPermissionChecker
{
    public async ValueTask<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default) =>
        (await CurrentGrantsAsync()).Contains(permission);

    public async Task<FrozenSet<string>> CurrentGrantsAsync()
    {
        if (!currentUser.IsAuthenticated)
        {
            return FrozenSet<string>.Empty;
        }

        if (currentUser.UserId is { } userId)
        {
            return await grants.ForUserAsync(userId);
        }

        return currentUser.ClientId is { } clientId ? await grants.ForClientAsync(clientId) : FrozenSet<string>.Empty;
    }
}
