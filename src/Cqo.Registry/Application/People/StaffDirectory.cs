using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.People;

internal sealed class StaffDirectory(RegistryDbContext db) : IStaffDirectory
{
    public async Task<IReadOnlyList<StaffMember>> FindAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking()
            .Where(p => personIds.Contains(p.Id))
            .Select(p => new StaffMember(p.Id, p.EnterpriseId, p.JurisdictionCode, p.Name, p.IdNumberMasked, p.UserId))
            .ToListAsync(cancellationToken);
}
