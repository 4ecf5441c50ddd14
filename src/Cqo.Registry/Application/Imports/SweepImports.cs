using Cqo.Platform.Files;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// Batches whose job never ran (its queue entry lost) or stopped without finishing (the embedded
/// job store forgets running jobs at a restart) end as failed, and their uploaded files, which may
/// hold ID numbers in clear, are deleted. An import of the largest file takes under a minute, so
/// the thresholds leave no live batch in doubt.
/// </summary>
internal sealed class SweepImportsHandler(RegistryDbContext db, IFileStore files, TimeProvider clock)
{
    public static readonly TimeSpan QueuedFor = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan RunningFor = TimeSpan.FromHours(2);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var queuedBefore = now - QueuedFor;
        var startedBefore = now - RunningFor;
        var abandoned = await db.ImportBatches
            .Where(b => (b.Status == ImportStatus.Queued && b.CreatedAt < queuedBefore)
                || ((b.Status == ImportStatus.Validating || b.Status == ImportStatus.Importing) && b.StartedAt < startedBefore))
            .ToListAsync(cancellationToken);
        foreach (var batch in abandoned)
        {
            batch.Fail("Registry:Import.Abandoned", now);
            if (batch.FileKey is { } fileKey)
            {
                await files.DeleteAsync(fileKey, cancellationToken);
                batch.FileRemoved();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return abandoned.Count;
    }
}
