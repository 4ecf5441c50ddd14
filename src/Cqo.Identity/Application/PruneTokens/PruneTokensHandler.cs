using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;

namespace Cqo.Identity.Application.PruneTokens;

/// <summary>
/// Removes tokens and authorizations that expired or were revoked more than a day ago; the token
/// table would otherwise grow with every refresh.
/// </summary>
internal sealed class PruneTokensHandler(
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TimeProvider clock, ILogger<PruneTokensHandler> logger)
{
    public async Task HandleAsync(CancellationToken cancellationToken)
    {
        var threshold = clock.GetUtcNow().AddDays(-1);
        var prunedTokens = await tokens.PruneAsync(threshold, cancellationToken);
        var prunedAuthorizations = await authorizations.PruneAsync(threshold, cancellationToken);
        logger.LogInformation("Pruned {Tokens} tokens and {Authorizations} authorizations older than {Threshold}", prunedTokens, prunedAuthorizations, threshold);
    }
}
