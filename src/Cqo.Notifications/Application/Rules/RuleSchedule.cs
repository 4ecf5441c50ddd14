using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.Notifications.Jobs;
using Cqo.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cqo.Notifications.Application.Rules;

/// <summary>Each enabled rule as its own recurring job, <c>notifications:reminder:{key}</c>, on the rule's cron.</summary>
internal sealed class RuleSchedule(IRecurringJobScheduler scheduler)
{
    public void Apply(ReminderRule rule)
    {
        if (rule.Enabled)
        {
            scheduler.Schedule<RunReminderRuleJob>(rule.JobId, rule.Id, rule.Cron);
        }
        else
        {
            scheduler.Remove(rule.JobId);
        }
    }
}

/// <summary>At start, after the database is migrated and seeded: schedules every rule as it stands.</summary>
internal sealed class RuleScheduleAtStart(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var schedule = scope.ServiceProvider.GetRequiredService<RuleSchedule>();
        foreach (var rule in await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Rules.AsNoTracking().ToListAsync(cancellationToken))
        {
            schedule.Apply(rule);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
