using Cqo.SharedKernel.Jobs;
using Hangfire;

namespace Cqo.Host.Jobs;

/// <summary>
/// Queues a module's job on Hangfire. Hangfire swaps the <see cref="CancellationToken.None"/> below for
/// the server's shutdown token when the job runs; the job class is activated in a scope of its own.
/// </summary>
internal sealed class HangfireJobQueue(IBackgroundJobClient client) : IJobQueue
{
    public void Enqueue<TJob>(Guid argument)
        where TJob : IQueuedJob =>
        client.Enqueue<TJob>(job => job.RunAsync(argument, CancellationToken.None));
}
