using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Cqo.Identity.Infrastructure.Auth;

/// <summary>
/// Refuses an access token whose entry in the token store is no longer valid (revoked, or its
/// account locked), as OpenIddict's token-entry validation does, but asks the store at most once per
/// <see cref="CqoIdentityOptions.TokenCheckCacheSeconds"/> per token: that lookup was the largest
/// cost of an API request. The token manager is resolved only on a miss: building it (its store and
/// a DbContext) for every request cost more than the cached check saved.
/// </summary>
internal sealed class TokenEntryCheck(IServiceProvider services, TokenStatusCache cache) : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseScopedHandler<TokenEntryCheck>()
            .SetOrder(OpenIddictValidationHandlers.ValidateAccessToken.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        if (context.IsRejected || context.AccessTokenPrincipal is not { } principal)
        {
            return;
        }

        var id = principal.GetTokenId();
        if (!string.IsNullOrEmpty(id) && cache.IsKnownValid(id))
        {
            return;
        }

        var generation = cache.Generation;
        var tokens = services.GetRequiredService<IOpenIddictTokenManager>();
        var token = string.IsNullOrEmpty(id) ? null : await tokens.FindByIdAsync(id, context.CancellationToken);
        if (token is null || !await tokens.HasStatusAsync(token, OpenIddictConstants.Statuses.Valid, context.CancellationToken))
        {
            context.Reject(
                error: OpenIddictConstants.Errors.InvalidToken,
                description: "The access token is no longer valid.",
                uri: null);
            return;
        }

        cache.RememberValid(id!, generation);
    }
}
