using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Cqo.Identity.Infrastructure.Auth;

/// <summary>
/// Just before OpenIddict verifies a token: attaches the claims this host read from the same token
/// string before, which OpenIddict's verification then leaves as they are (it skips a token whose
/// principal is already attached).
/// </summary>
internal sealed class ReuseVerifiedToken(VerifiedTokenCache verified) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    /// <summary>The issuer a token is verified for (the host's address when none is configured): a token verified for one is not reused for another.</summary>
    public static string Issuer(ValidateTokenContext context) => (context.Configuration.Issuer ?? context.BaseUri)?.AbsoluteUri ?? "";

    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<ReuseVerifiedToken>()
            .SetOrder(ValidateIdentityModelToken.Descriptor.Order - 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.Principal is null && !string.IsNullOrEmpty(context.Token))
        {
            context.Principal = verified.Find(Issuer(context), context.Token);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// After OpenIddict verified a token (it leaves its result on the context) and found it current and
/// meant for us: remembers its claims. An expired token is never kept.
/// </summary>
internal sealed class RememberVerifiedToken(VerifiedTokenCache verified) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RememberVerifiedToken>()
            .SetOrder(ValidateAudiences.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (!context.IsRejected && context.TokenValidationResult is { IsValid: true } && context.Principal is { } principal)
        {
            verified.Remember(ReuseVerifiedToken.Issuer(context), context.Token, principal);
        }

        return ValueTask.CompletedTask;
    }
}
