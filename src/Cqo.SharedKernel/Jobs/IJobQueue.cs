namespace Cqo.SharedKernel.Jobs;

/// <summary>
/// Hands a job to the background job server (any host sharing the database may run it), so modules
/// enqueue work without scheduler types. The host implements it.
/// </summary>
public interface IJobQueue
{
    /// <summary>Queues <typeparamref name="TJob"/> to run once with <paramref name="argument"/>.</summary>
    void Enqueue<TJob>(Guid argument)
        where TJob : IQueuedJob;
}
