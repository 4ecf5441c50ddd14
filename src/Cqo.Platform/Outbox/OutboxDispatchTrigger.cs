using Cqo.Platform.Jobs;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cqo.Platform.Outbox;

/// <summary>
/// After a committed save that wrote outbox messages, queues a one-off dispatch, so handlers run
/// within seconds rather than at the next minute. Best effort: the recurring job delivers whatever
/// this misses.
/// </summary>
internal static class OutboxDispatchTrigger
{
    public static void DispatchSoon(IServiceProvider? scopeServices, Guid messageId)
    {
        // No job queue where no host runs (the migrator, design time): the recurring job delivers.
        if (scopeServices?.GetService<IJobQueue>() is not { } queue)
        {
            return;
        }

        try
        {
            queue.Enqueue<DispatchOutboxJob>(messageId);
        }
        catch (Exception e)
        {
            // The change has committed; failing the caller now would report a saved change as lost.
            scopeServices.GetService<ILoggerFactory>()?.CreateLogger(typeof(OutboxDispatchTrigger))
                .LogWarning(e, "Could not queue the dispatch of outbox message {MessageId}; the recurring job will deliver it", messageId);
        }
    }
}
