using Cqo.Identity.Contracts;
using Cqo.Identity.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Application;

/// <summary>
/// Names of the organisations that accounts and clients belong to. They are read past the scope
/// filter: a caller may see an account whose organisation row it cannot see (an officer's
/// employer), and a name is a label, not the row.
/// </summary>
internal sealed class OrganisationNames(IReadOnlyDictionary<Guid, string> names)
{
    public static async Task<OrganisationNames> LoadAsync(IdentityDbContext db, IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        var names = wanted.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Organisations.IgnoreQueryFilters([QueryFilters.DataScope])
                .Where(o => wanted.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return new OrganisationNames(names);
    }

    public ScopeDto Describe(ScopeKind kind, Guid? organisationId, string? jurisdictionCode) =>
        new(kind, organisationId, organisationId is { } id ? names.GetValueOrDefault(id) : null, jurisdictionCode);
}
