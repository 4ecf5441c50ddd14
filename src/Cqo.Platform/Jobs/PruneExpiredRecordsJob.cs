using Cqo.Platform.Auditing.PruneAuditRecords;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Jobs;

/// <summary>Daily at 03:30 Shanghai time: prunes audit records past retention.</summary>
public sealed class PruneExpiredRecordsJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "platform:prune-expired-records";
    public const string Cron = "30 3 * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<PruneAuditRecordsHandler>().HandleAsync(cancellationToken);
}
