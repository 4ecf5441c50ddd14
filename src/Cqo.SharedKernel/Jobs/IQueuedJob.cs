namespace Cqo.SharedKernel.Jobs;

/// <summary>
/// A job run once, in the background, for one record (an import batch): its argument is that
/// record's id, and the job reads everything else from the database, so a retry finds the same work.
/// </summary>
public interface IQueuedJob
{
    Task RunAsync(Guid argument, CancellationToken cancellationToken);
}
