using Cqo.Oversight.Contracts;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Oversight.Application.Exports;

/// <summary>
/// Background exports older than <see cref="ExportOptions.RetentionDays"/> go with their files.
/// Exports whose job never ran (its queue entry lost) or stopped half-way (the embedded job store
/// forgets running jobs at a restart) end as failed first.
/// </summary>
internal sealed class PruneExports(OversightDbContext db, IFileStore files, TimeProvider clock, IOptions<ExportOptions> options, ILogger<PruneExports> logger)
{
    public static readonly TimeSpan QueuedFor = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan RunningFor = TimeSpan.FromHours(2);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var queuedBefore = now - QueuedFor;
        var startedBefore = now - RunningFor;
        var abandoned = await db.Exports
            .Where(e => (e.Status == ExportStatus.Queued && e.CreatedAt < queuedBefore) || (e.Status == ExportStatus.Running && e.StartedAt < startedBefore))
            .ToListAsync(cancellationToken);
        foreach (var export in abandoned)
        {
            export.Fail("Oversight:Export.Abandoned", now);
        }

        await db.SaveChangesAsync(cancellationToken);

        var cutoff = now.AddDays(-options.Value.RetentionDays);
        var expired = await db.Exports.Where(e => e.CreatedAt < cutoff).ToListAsync(cancellationToken);
        foreach (var export in expired)
        {
            if (export.FileKey is { } key)
            {
                await files.DeleteAsync(key, cancellationToken);
            }

            db.Exports.Remove(export);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Pruned {Expired} exports older than {Cutoff}; {Abandoned} abandoned ones failed", expired.Count, cutoff, abandoned.Count);
        return expired.Count;
    }
}
