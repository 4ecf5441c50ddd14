using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Imports;

/// <summary>What an import needs of an existing enterprise, with its scope keys so the uploader's scope can judge it.</summary>
internal sealed record EnterpriseRef(Guid Id, string Uscc, string Name, string? JurisdictionCode, EnterpriseStatus Status) : IDataScoped
{
    public Guid? OrganisationId => Id;

    public Guid? OwnerUserId => null;

    /// <summary>
    /// The enterprises with these codes, wherever they are: the import decides itself what the
    /// uploader may see, since the job runs past the request's scope. One IN query per chunk.
    /// </summary>
    public static async Task<List<EnterpriseRef>> FindAsync(RegistryDbContext db, IReadOnlyCollection<string> usccs, CancellationToken cancellationToken) =>
        usccs.Count == 0
            ? []
            : await db.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
                .Where(e => usccs.Contains(e.Uscc))
                .Select(e => new EnterpriseRef(e.Id, e.Uscc, e.Name, e.JurisdictionCode, e.Status))
                .ToListAsync(cancellationToken);
}
