namespace Cqo.SharedKernel.Jobs;

/// <summary>
/// Schedules recurring jobs that are data rather than code (a reminder rule each), under stable ids,
/// on cron expressions read in Asia/Shanghai. The host implements it; any host may call it, the
/// schedule lives in the shared job store.
/// </summary>
public interface IRecurringJobScheduler
{
    /// <summary>Creates or updates the recurring job <paramref name="id"/>: <typeparamref name="TJob"/> with <paramref name="argument"/>.</summary>
    void Schedule<TJob>(string id, Guid argument, string cron)
        where TJob : IQueuedJob;

    void Remove(string id);

    /// <summary>Queues one run of the recurring job <paramref name="id"/> now, for whichever job server takes it first.</summary>
    void Trigger(string id);
}
