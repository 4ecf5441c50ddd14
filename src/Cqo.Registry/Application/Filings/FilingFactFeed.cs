using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Filings;

/// <summary>
/// Filings as oversight copies them, read as the system. The review milestones come from the
/// filing's steps: the last submission, the approval or rejection after it (a return sends the
/// filing back to the enterprise, and its next submission starts the review time again), and the approval.
/// </summary>
internal sealed class FilingFactFeed(RegistryDbContext db) : IFactFeed<FilingFact>
{
    public Task<IReadOnlyList<FilingFact>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        FactFeedQueries.FindInChunksAsync(ids, chunk => Facts(Filings().Where(f => chunk.Contains(f.Id))).ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<FilingFact>> PageAsync(Guid? afterId, int take, CancellationToken cancellationToken) =>
        await Facts(Filings().After(afterId).OrderBy(f => f.Id).Take(take)).ToListAsync(cancellationToken);

    private IQueryable<Filing> Filings() => db.Filings.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking();

    private static IQueryable<FilingFact> Facts(IQueryable<Filing> filings) =>
        filings.Select(f => new FilingFact(
            f.Id,
            f.EnterpriseId,
            f.PersonId,
            f.Status,
            f.JurisdictionCode,
            f.Steps.Where(s => s.Action == FilingAction.Submitted).OrderByDescending(s => s.Sequence).Select(s => (DateTimeOffset?)s.At).FirstOrDefault(),
            f.Steps
                .Where(s => (s.Action == FilingAction.Approved || s.Action == FilingAction.Rejected)
                    && s.Sequence > f.Steps.Where(x => x.Action == FilingAction.Submitted).Max(x => (int?)x.Sequence))
                .OrderBy(s => s.Sequence).Select(s => (DateTimeOffset?)s.At).FirstOrDefault(),
            f.Steps.Where(s => s.Action == FilingAction.Approved).OrderByDescending(s => s.Sequence).Select(s => (DateTimeOffset?)s.At).FirstOrDefault(),
            f.ActivatedOn,
            f.EndedOn,
            f.EndReason));
}
