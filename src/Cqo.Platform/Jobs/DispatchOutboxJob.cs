using Cqo.Platform.Outbox;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Jobs;

/// <summary>
/// Every minute, and queued right after a save that wrote outbox messages: delivers the integration
/// events that are due. Runs on any number of hosts at once; the dispatcher's leases keep them apart.
/// </summary>
public sealed class DispatchOutboxJob(IServiceProvider services) : IRecurringJob, IQueuedJob
{
    public const string Id = "platform:dispatch-outbox";
    public const string Cron = "* * * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken);

    /// <summary>Queued for the message <paramref name="argument"/>; delivers everything due, that message included.</summary>
    public Task RunAsync(Guid argument, CancellationToken cancellationToken) => RunAsync(cancellationToken);
}
