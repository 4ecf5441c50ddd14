using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Enterprises;

internal sealed class EnterpriseDirectory(RegistryDbContext db) : IEnterpriseDirectory
{
    public async Task<IReadOnlyList<EnterpriseSummary>> FindAsync(IReadOnlyCollection<Guid> enterpriseIds, CancellationToken cancellationToken) =>
        await db.Enterprises.AsNoTracking()
            .Where(e => enterpriseIds.Contains(e.Id))
            .Select(e => new EnterpriseSummary(e.Id, e.Name, e.DistrictCode, e.JurisdictionCode))
            .ToListAsync(cancellationToken);
}
