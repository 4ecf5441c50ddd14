using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Application.Users;

internal sealed class OrganisationQueries(IdentityDbContext db)
{
    private static readonly SortMap<Organisation> s_sort = new SortMap<Organisation>("name", o => o.Id)
        .Add("name", o => o.Name)
        .Add("uscc", o => o.Uscc)
        .Add("createdAt", o => o.CreatedAt);

    public async Task<PagedResult<OrganisationDto>> ListAsync(string? search, OrganisationKind? kind, PageRequest page, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            organisations = organisations.Where(o => o.Name.Contains(s) || o.Uscc.Contains(s.ToUpperInvariant()));
        }

        if (kind is { } k)
        {
            organisations = organisations.Where(o => o.Kind == k);
        }

        return await organisations.ToPageAsync(
            s_sort, page, o => new OrganisationDto(o.Id, o.Kind, o.Name, o.Uscc, o.DistrictCode, o.JurisdictionCode!, db.Users.Count(u => u.OrganisationId == o.Id)), cancellationToken);
    }

    public async Task<OrganisationDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationDto(o.Id, o.Kind, o.Name, o.Uscc, o.DistrictCode, o.JurisdictionCode!, db.Users.Count(u => u.OrganisationId == o.Id)))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Organisation", id);
}
