using Cqo.Identity.Application.PruneTokens;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Identity.Jobs;

/// <summary>Daily at 03:40 Shanghai time: prunes expired and revoked OAuth tokens.</summary>
public sealed class PruneTokensJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "identity:prune-tokens";
    public const string Cron = "40 3 * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<PruneTokensHandler>().HandleAsync(cancellationToken);
}
