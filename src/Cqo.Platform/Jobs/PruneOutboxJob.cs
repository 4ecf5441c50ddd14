using Cqo.Platform.Outbox;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Jobs;

/// <summary>Daily at 04:00 Shanghai time: deletes outbox messages delivered longer ago than <c>Outbox:RetentionDays</c>.</summary>
public sealed class PruneOutboxJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "platform:prune-outbox";
    public const string Cron = "0 4 * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<OutboxPruner>().PruneAsync(cancellationToken);
}
