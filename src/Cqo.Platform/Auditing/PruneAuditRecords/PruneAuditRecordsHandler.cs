using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Auditing.PruneAuditRecords;

/// <summary>
/// Removes request audits and entity changes older than the retention period. Which rows are due is
/// read from the tables themselves, so a missed or repeated run does no harm.
/// </summary>
internal sealed class PruneAuditRecordsHandler(PlatformDbContext db, TimeProvider clock, IOptions<AuditingOptions> options, ILogger<PruneAuditRecordsHandler> logger)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var requests = await db.RequestAudits.Where(r => r.At < cutoff).ExecuteDeleteAsync(cancellationToken);
        var changes = await db.EntityChanges.Where(c => c.ChangedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Pruned {Requests} request audits and {Changes} entity changes older than {Cutoff}", requests, changes, cutoff);
        return requests + changes;
    }
}
