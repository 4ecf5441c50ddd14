using Cqo.Notifications.Contracts;
using Cqo.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Notifications.Application.Retention;

/// <summary>
/// Removes reminders and their deliveries older than <see cref="NotificationsOptions.RetentionDays"/>,
/// so the log does not grow for ever (some 13,000 rows a day at national scale). Safe for exactly-once:
/// a reminder's occasion is due only within the catch-up days after its day (at most
/// <see cref="NotificationLimits.MaxCatchUpDays"/>), long before its record is pruned. Pending
/// deliveries are kept whatever their age.
/// </summary>
internal sealed class PruneDeliveryLog(NotificationsDbContext db, TimeProvider clock, IOptions<NotificationsOptions> options, ILogger<PruneDeliveryLog> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var deliveries = await db.Deliveries.Where(d => d.CreatedAt < cutoff && d.Status != DeliveryStatus.Pending).ExecuteDeleteAsync(cancellationToken);
        var reminders = await db.Reminders
            .Where(r => r.CreatedAt < cutoff && !db.Deliveries.Any(d => d.ReminderId == r.Id))
            .ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Pruned {Reminders} reminders and {Deliveries} deliveries older than {Cutoff}", reminders, deliveries, cutoff);
        return reminders + deliveries;
    }
}
