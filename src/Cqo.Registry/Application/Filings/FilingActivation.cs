using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cqo.Registry.Application.Filings;

/// <summary>
/// Activates appointments whose announcement window has passed without a pending objection, ending
/// the enterprise's previous appointment (replaced), and ends appointments whose term is over. Run
/// by a job; each filing is saved on its own so that one conflict does not hold up the rest.
/// </summary>
internal sealed class FilingActivation(RegistryDbContext db, TimeProvider clock, ILogger<FilingActivation> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var due = await db.Filings
            .Where(f => (f.Status == FilingStatus.Announcing && f.PendingObjections == 0 && f.AnnouncementEnd < today)
                || (f.Status == FilingStatus.Active && f.TermEnd < today))
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var filing = await db.Filings.FirstAsync(f => f.Id == id, cancellationToken);
            var now = clock.GetUtcNow();
            if (filing.Status == FilingStatus.Active)
            {
                filing.End(FilingEndReason.TermEnded, filing.TermEnd!.Value, Actor.System, now, null);
            }
            else
            {
                await ActivateIfDueAsync(filing, now, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                changed++;
            }
            catch (DbUpdateException e)
            {
                logger.LogWarning(e, "Filing {FilingId} changed while it was being activated; the next run takes it up again", id);
            }
        }

        return changed;
    }

    /// <summary>Activates the filing if its window is over and nothing is pending; the previous appointment ends as replaced.</summary>
    public async Task ActivateIfDueAsync(Filing filing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (!filing.IsDueForActivation(today))
        {
            return;
        }

        var previous = await db.Filings.IgnoreQueryFilters([QueryFilters.DataScope])
            .Where(f => f.EnterpriseId == filing.EnterpriseId && f.Status == FilingStatus.Active && f.Id != filing.Id)
            .ToListAsync(cancellationToken);
        foreach (var old in previous)
        {
            old.End(FilingEndReason.Replaced, today, Actor.System, now, null);
        }

        filing.Activate(today, now);
    }
}
