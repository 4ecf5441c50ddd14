using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure;
using Cqo.Identity.Infrastructure.Accounts;
using Cqo.Identity.Infrastructure.Auth;
using Cqo.Platform.Http;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cqo.Identity.Endpoints;

/// <summary>
/// The OpenID Connect endpoints OpenIddict passes through to us: it has already validated the
/// request (client, PKCE, secret, redirect URI); we decide who the token is for.
/// </summary>
internal static class ConnectEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var connect = endpoints.MapGroup("/connect").ExcludeFromDescription().RequireRateLimiting(RateLimitingOptions.PublicPolicy);
        connect.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);
        connect.MapPost("/token", TokenAsync);
        connect.MapMethods("/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfoAsync);
        connect.MapMethods("/logout", [HttpMethods.Get, HttpMethods.Post], LogoutAsync);
    }

    // First-party clients only: a signed-in user is not asked for consent.
    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<UserAccount> users, SignInManager<UserAccount> signIn, TokenPrincipals principals)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            var parameters = context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList();
            parameters.RemoveAll(p => p.Key == Parameters.Prompt);
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        var user = await users.GetUserAsync(cookie.Principal);
        if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return Refuse(Errors.LoginRequired, "The account cannot sign in.");
        }

        return Results.SignIn(await principals.ForUserAsync(user, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(
        HttpContext context, UserManager<UserAccount> users, SignInManager<UserAccount> signIn, TokenPrincipals principals,
        IdentityStoreDbContext db, SecurityLogWriter securityLog)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var client = await db.IntegrationClients.SingleOrDefaultAsync(c => c.ClientId == request.ClientId);
            if (client is null)
            {
                return Refuse(Errors.InvalidClient, "The client is not an integration client.");
            }

            await securityLog.WriteForClientAsync(SecurityAction.TokenIssued, client, "client_credentials");
            return Results.SignIn(TokenPrincipals.ForClient(client, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code or refresh token names the user; their account is read again, so a locked,
            // removed or re-scoped account gets no token on its old terms.
            var stored = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = stored.Principal is { } p ? await users.FindByIdAsync(p.GetClaim(Claims.Subject) ?? "") : null;
            if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
            {
                await securityLog.WriteAsync(SecurityAction.TokenRefused, user, request.GrantType);
                return Refuse(Errors.InvalidGrant, "The account can no longer sign in.");
            }

            await securityLog.WriteAsync(SecurityAction.TokenIssued, user, $"{request.GrantType} {request.ClientId}");
            return Results.SignIn(await principals.ForUserAsync(user, stored.Principal!.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context, UserManager<UserAccount> users)
    {
        var token = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = token.Principal is { } p ? await users.FindByIdAsync(p.GetClaim(Claims.Subject) ?? "") : null;
        if (user is null)
        {
            return Results.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [Claims.Subject] = user.Id.ToString(),
            [Claims.Name] = user.UserName,
            [Platform.Security.CqoClaimTypes.DisplayName] = user.DisplayName,
            [Platform.Security.CqoClaimTypes.ScopeKind] = user.ScopeKind.ToString(),
            [Platform.Security.CqoClaimTypes.OrganisationId] = user.OrganisationId?.ToString(),
            [Platform.Security.CqoClaimTypes.JurisdictionCode] = user.JurisdictionCode,
        };
        if (token.Principal!.HasScope(Scopes.Email))
        {
            claims[Claims.Email] = user.Email;
        }

        return Results.Ok(claims);
    }

    private static async Task<IResult> LogoutAsync(HttpContext context, SignInManager<UserAccount> signIn, SecurityLogWriter securityLog, UserManager<UserAccount> users)
    {
        var user = await users.GetUserAsync(context.User);
        await signIn.SignOutAsync();
        if (user is not null)
        {
            await securityLog.WriteAsync(SecurityAction.SignedOut, user);
        }

        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
