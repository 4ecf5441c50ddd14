using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Cqo.Identity.Infrastructure.Auth;

/// <summary>A token revoked through <c>/connect/revoke</c> stops working on this host at once.</summary>
internal sealed class ForgetCheckedTokensOnRevocation(TokenStatusCache cache) : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    public ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        cache.ForgetAll();
        return default;
    }
}
