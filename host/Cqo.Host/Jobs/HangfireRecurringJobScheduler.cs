using Cqo.SharedKernel.Jobs;
using Cqo.SharedKernel.Time;
using Hangfire;

namespace Cqo.Host.Jobs;

/// <summary>Recurring jobs that are data (reminder rules) on Hangfire, in Shanghai time like the modules' fixed ones.</summary>
internal sealed class HangfireRecurringJobScheduler(IRecurringJobManager manager) : IRecurringJobScheduler
{
    public void Schedule<TJob>(string id, Guid argument, string cron)
        where TJob : IQueuedJob =>
        manager.AddOrUpdate<TJob>(id, job => job.RunAsync(argument, CancellationToken.None), cron, new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });

    public void Remove(string id) => manager.RemoveIfExists(id);

    public void Trigger(string id) => manager.Trigger(id);
}
