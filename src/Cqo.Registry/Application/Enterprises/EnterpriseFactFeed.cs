using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Enterprises;

/// <summary>Enterprises as oversight copies them, read as the system: the reader scopes what it shows.</summary>
internal sealed class EnterpriseFactFeed(RegistryDbContext db) : IFactFeed<EnterpriseFact>
{
    public Task<IReadOnlyList<EnterpriseFact>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        FactFeedQueries.FindInChunksAsync(ids, chunk => Facts(Enterprises().Where(e => chunk.Contains(e.Id))).ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<EnterpriseFact>> PageAsync(Guid? afterId, int take, CancellationToken cancellationToken) =>
        await Facts(Enterprises().After(afterId).OrderBy(e => e.Id).Take(take)).ToListAsync(cancellationToken);

    private IQueryable<Enterprise> Enterprises() => db.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking();

    // The awards in the order they were entered (their key), as the enterprise itself lists them.
    private static IQueryable<EnterpriseFact> Facts(IQueryable<Enterprise> enterprises) =>
        enterprises.Select(e => new EnterpriseFact(
            e.Id, e.Uscc, e.Name, e.DistrictCode, e.JurisdictionCode, e.IndustryDivisionCode, e.Scale, e.AboveDesignatedSize, e.Specialised, e.Status,
            e.Awards.OrderBy(a => EF.Property<int>(a, "Id")).Select(a => new QualityAwardDto(a.Name, a.Level, a.Year)).ToList()));
}
