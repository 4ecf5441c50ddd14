using System.Collections.Immutable;
using System.Security.Claims;
using Cqo.Identity.Domain;
using Cqo.Platform.Security;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cqo.Identity.Infrastructure.Auth;

/// <summary>Builds the principals OpenIddict turns into tokens: who, which scope, nothing more.</summary>
internal sealed class TokenPrincipals(SignInManager<UserAccount> signIn)
{
    private const string Scheme = "OpenIddict.Server.AspNetCore";

    public async Task<ClaimsPrincipal> ForUserAsync(UserAccount user, ImmutableArray<string> scopes)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, Scheme, CqoClaimTypes.Name, CqoClaimTypes.Role);
        if (user.Email is { } email && scopes.Contains(Scopes.Email))
        {
            identity.SetClaim(Claims.Email, email);
        }

        return Finish(identity, scopes);
    }

    public static ClaimsPrincipal ForClient(IntegrationClient client, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(Scheme, CqoClaimTypes.Name, CqoClaimTypes.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(Claims.Name, client.DisplayName);
        identity.AddClaims(ScopeClaims.For(client.Scope));
        return Finish(identity, scopes);
    }

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, ImmutableArray<string> scopes)
    {
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetDestinations(claim => claim.Type switch
        {
            // Identity tokens carry only what the SPA shows; access tokens what the API needs.
            Claims.Name or CqoClaimTypes.DisplayName or Claims.Email or CqoClaimTypes.ScopeKind
                => [Destinations.AccessToken, Destinations.IdentityToken],
            // The security stamp stays on the server.
            "AspNet.Identity.SecurityStamp" => [],
            _ => [Destinations.AccessToken],
        });
        return principal;
    }
}
