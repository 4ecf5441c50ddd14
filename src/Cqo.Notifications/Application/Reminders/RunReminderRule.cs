using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.Notifications.Jobs;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Jobs;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Notifications.Application.Reminders;

/// <summary>
/// One run of a rule: asks its source what is due today, records each reminder not yet recorded with
/// its deliveries, in batches, and wakes the dispatcher. Any number of hosts and retries may run it at
/// once: the unique (rule, subject, occurrence) key lets one of them store each reminder, and a batch
/// that meets another run's reminder (a unique violation, or a deadlock when two batches overlap in
/// different orders) is stored again one reminder at a time, skipping those taken.
/// </summary>
internal sealed class RunReminderRule(
    NotificationsDbContext db,
    ReminderSources sources,
    ReminderPlanner planner,
    IJobQueue jobs,
    TimeProvider clock,
    IOptions<NotificationsOptions> options,
    ILogger<RunReminderRule> logger)
{
    /// <summary>Runs the rule for today (Asia/Shanghai); returns how many reminders it recorded.</summary>
    public async Task<int> RunAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        var rule = await db.Rules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == ruleId, cancellationToken);
        if (rule is null || !rule.Enabled)
        {
            return 0; // removed or switched off since it was scheduled
        }

        var source = sources.Find(rule.Event);
        if (source is null)
        {
            logger.LogWarning("Reminder rule {Rule} names the event {Event}, which no module provides", rule.Key, rule.Event);
            return 0;
        }

        var recorded = 0;
        var pending = false;
        await foreach (var batch in source.FindDueAsync(WindowOf(rule, clock.Today()), cancellationToken).Chunk(options.Value.RunBatchSize).WithCancellation(cancellationToken))
        {
            var planned = await planner.PlanAsync(rule, batch, clock.GetUtcNow().ToStoragePrecision(), cancellationToken);
            recorded += await RecordAsync(planned, cancellationToken);
            pending |= planned.Any(p => p.Deliveries.Any(d => d.Status == DeliveryStatus.Pending));
        }

        if (pending)
        {
            jobs.Enqueue<DispatchDeliveriesJob>(ruleId);
        }

        if (recorded > 0)
        {
            logger.LogInformation("Reminder rule {Rule} recorded {Count} reminders", rule.Key, recorded);
        }

        return recorded;
    }

    public static ReminderWindow WindowOf(ReminderRule rule, DateOnly day) => new(day, rule.Offsets, rule.CatchUpDays, rule.Audiences);

    private async Task<int> RecordAsync(IReadOnlyList<PlannedReminder> planned, CancellationToken cancellationToken)
    {
        if (planned.Count == 0)
        {
            return 0;
        }

        try
        {
            Add(planned);
            await db.SaveChangesAsync(cancellationToken);
            return planned.Count;
        }
        catch (Exception e) when (e.IsLostRace())
        {
            db.ChangeTracker.Clear();
        }

        var recorded = 0;
        foreach (var one in planned)
        {
            try
            {
                Add([one]);
                await db.SaveChangesAsync(cancellationToken);
                recorded++;
            }
            catch (Exception e) when (e.IsLostRace())
            {
                // Another host or run recorded this one first; it sends it.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return recorded;
    }

    private void Add(IReadOnlyList<PlannedReminder> planned)
    {
        db.Reminders.AddRange(planned.Select(p => p.Reminder));
        db.Deliveries.AddRange(planned.SelectMany(p => p.Deliveries));
    }
}
