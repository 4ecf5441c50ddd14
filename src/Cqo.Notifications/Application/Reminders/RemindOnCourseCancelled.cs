using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Jobs;
using Cqo.Training.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Notifications.Application.Reminders;

/// <summary>
/// A cancelled course is news at once, not at the rule's next quarter hour: the event triggers the
/// rules of its name on the job servers. They still derive whom to tell from state, so a redelivered
/// event only starts a run that finds everything recorded.
/// </summary>
internal sealed class RemindOnCourseCancelled(NotificationsDbContext db, IRecurringJobScheduler scheduler) : IIntegrationEventHandler<CourseCancelled>
{
    public async Task HandleAsync(CourseCancelled cancelled, CancellationToken cancellationToken)
    {
        var rules = await db.Rules.AsNoTracking().Where(r => r.Enabled && r.Event == CourseCancelled.EventName).Select(r => r.Key).ToListAsync(cancellationToken);
        foreach (var key in rules)
        {
            scheduler.Trigger(ReminderRule.JobIdOf(key));
        }
    }
}
