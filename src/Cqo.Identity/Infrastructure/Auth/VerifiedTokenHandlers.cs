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
            context.Principal = verified.Find(context.Token);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>Just after OpenIddict verified a token (it leaves its result on the context): remembers its claims.</summary>
internal sealed class RememberVerifiedToken(VerifiedTokenCache verified) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RememberVerifiedToken>()
            .SetOrder(ValidateIdentityModelToken.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (!context.IsRejected && context.TokenValidationResult is { IsValid: true } && context.Principal is { } principal)
        {
            verified.Remember(context.Token, principal);
        }

        return ValueTask.CompletedTask;
    }
}
