using Cqo.Notifications.Application.Retention;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Notifications.Jobs;

/// <summary>Daily at 03:45 Shanghai time: reminders and deliveries past retention are removed.</summary>
public sealed class PruneDeliveryLogJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "notifications:prune-delivery-log";
    public const string Cron = "45 3 * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<PruneDeliveryLog>().RunAsync(cancellationToken);
}
