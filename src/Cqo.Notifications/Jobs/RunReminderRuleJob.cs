using Cqo.Notifications.Application.Reminders;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Notifications.Jobs;

/// <summary>
/// One reminder rule's run, scheduled per rule as <c>notifications:reminder:{key}</c> on the rule's
/// cron (Asia/Shanghai); its argument is the rule's id.
/// </summary>
public sealed class RunReminderRuleJob(IServiceProvider services) : IQueuedJob
{
    public Task RunAsync(Guid argument, CancellationToken cancellationToken) =>
        services.GetRequiredService<RunReminderRule>().RunAsync(argument, cancellationToken);
}
