using Cqo.Identity.Infrastructure.Auth;
using OpenIddict.Abstractions;

namespace Cqo.Identity.Infrastructure.Accounts;

/// <summary>Ends every token and authorization of an account (locked, reset, moved to another scope).</summary>
internal sealed class TokenRevoker(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TokenStatusCache checkedTokens)
{
    public async Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        await tokens.RevokeAsync(subject, client: null, status: null, type: null, cancellationToken);
        await authorizations.RevokeAsync(subject, client: null, status: null, type: null, cancellationToken);
        checkedTokens.ForgetAll();
    }
}
