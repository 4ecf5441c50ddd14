using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Outbox;

/// <summary>
/// Deletes delivered messages, with their deliveries, once <see cref="OutboxOptions.RetentionDays"/> have passed: every
/// save of an announced record writes one, so the table would otherwise grow for ever. Dead messages stay for inspection,
/// pending ones for delivery.
/// </summary>
internal sealed class OutboxPruner(PlatformDbContext db, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxPruner> logger)
{
    /// <summary>Messages deleted per statement, so that no statement holds many locks or runs long.</summary>
    private const int BatchSize = 1000;

    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var total = 0;
        while (true)
        {
            // A delivered message was last attempted no later than it was processed: the index on (Status, NextAttemptAt)
            // finds the candidates, and the processed time decides.
            var ids = await db.OutboxMessages
                .Where(m => m.Status == OutboxStatus.Delivered && m.NextAttemptAt < cutoff && m.ProcessedAt < cutoff)
                .OrderBy(m => m.NextAttemptAt)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            await db.OutboxDeliveries.Where(d => ids.Contains(d.MessageId)).ExecuteDeleteAsync(cancellationToken);
            total += await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        logger.LogInformation("Pruned {Count} outbox messages delivered before {Cutoff}", total, cutoff);
        return total;
    }
}
