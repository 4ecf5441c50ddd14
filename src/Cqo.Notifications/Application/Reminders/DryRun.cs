using Cqo.Notifications.Contracts;
using Cqo.Notifications.Infrastructure;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Notifications.Application.Reminders;

/// <summary>
/// What the rules would send on a day (tomorrow by default) if they ran then, as they stand now:
/// the same sources and planning as a real run, nothing stored.
/// </summary>
internal sealed class DryRun(NotificationsDbContext db, ReminderSources sources, ReminderPlanner planner, TimeProvider clock)
{
    public const int MaxLines = 2000;

    public async Task<IReadOnlyList<PlannedDeliveryDto>> PlanAsync(DateOnly? day, Guid? ruleId, CancellationToken cancellationToken)
    {
        var on = day ?? clock.Today().AddDays(1);
        var rules = await db.Rules.AsNoTracking().Where(r => r.Enabled && (ruleId == null || r.Id == ruleId)).OrderBy(r => r.Key).ToListAsync(cancellationToken);
        var lines = new List<PlannedDeliveryDto>();
        foreach (var rule in rules)
        {
            if (sources.Find(rule.Event) is not { } source)
            {
                continue;
            }

            var due = new List<DueReminder>();
            await foreach (var reminder in source.FindDueAsync(RunReminderRule.WindowOf(rule, on), cancellationToken))
            {
                due.Add(reminder);
                if (due.Count >= MaxLines)
                {
                    break;
                }
            }

            foreach (var planned in await planner.PlanAsync(rule, due, clock.GetUtcNow(), cancellationToken))
            {
                lines.AddRange(planned.Deliveries.Select(d => new PlannedDeliveryDto(rule.Key, planned.Reminder.SubjectKey, planned.Reminder.Occurrence,
                    planned.Reminder.DueOn, d.Channel, d.RecipientName, d.Address, d.Subject, d.Status == DeliveryStatus.Skipped ? d.LastError : null)));
            }

            if (lines.Count >= MaxLines)
            {
                break;
            }
        }

        return lines.Take(MaxLines).ToList();
    }
}
