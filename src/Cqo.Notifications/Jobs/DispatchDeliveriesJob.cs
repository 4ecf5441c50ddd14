using Cqo.Notifications.Application.Sending;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Notifications.Jobs;

/// <summary>
/// Every minute, and queued right after a rule recorded reminders: sends the e-mails and webhook
/// posts that are due. Runs on any number of hosts at once; leases keep them apart.
/// </summary>
public sealed class DispatchDeliveriesJob(IServiceProvider services) : IRecurringJob, IQueuedJob
{
    public const string Id = "notifications:dispatch-deliveries";
    public const string Cron = "* * * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<DeliveryDispatcher>().DispatchAsync(cancellationToken);

    /// <summary>Queued after the rule <paramref name="argument"/> ran; sends everything due, its deliveries included.</summary>
    public Task RunAsync(Guid argument, CancellationToken cancellationToken) => RunAsync(cancellationToken);
}
