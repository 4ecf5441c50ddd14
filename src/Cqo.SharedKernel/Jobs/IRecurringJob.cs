namespace Cqo.SharedKernel.Jobs;

/// <summary>
/// A job that runs on a schedule. It derives its work from database state, never from the job
/// store, so a lost job store loses nothing: the next run finds what is still due.
/// </summary>
public interface IRecurringJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
