using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.Credits;

/// <summary>Continuing-education entries as oversight copies them, read as the system: the reader scopes what it shows.</summary>
internal sealed class CreditFactFeed(CertificationDbContext db) : IFactFeed<CreditFact>
{
    public Task<IReadOnlyList<CreditFact>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        FactFeedQueries.FindInChunksAsync(ids, chunk => Facts(Credits().Where(c => chunk.Contains(c.Id))).ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<CreditFact>> PageAsync(Guid? afterId, int take, CancellationToken cancellationToken) =>
        await Facts(Credits().After(afterId).OrderBy(c => c.Id).Take(take)).ToListAsync(cancellationToken);

    private IQueryable<CreditEntry> Credits() => db.Credits.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking();

    private static IQueryable<CreditFact> Facts(IQueryable<CreditEntry> credits) =>
        credits.Select(c => new CreditFact(
            c.Id, c.EnterpriseId, c.JurisdictionCode, c.ProviderId, c.PersonId, c.HolderUserId, c.Source, c.Status, c.Hours, c.CompletedOn));
}
