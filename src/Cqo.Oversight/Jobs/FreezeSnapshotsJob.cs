using Cqo.Oversight.Application.Snapshots;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Oversight.Jobs;

/// <summary>Daily at 00:30 Shanghai time: the last closed month and year are frozen, once (DOMAIN.md §5: on the first of each month and year; daily so a missed first catches up).</summary>
public sealed class FreezeSnapshotsJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "oversight:freeze-snapshots";
    public const string Cron = "30 0 * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<FreezeClosedPeriods>().RunAsync(cancellationToken);
}
