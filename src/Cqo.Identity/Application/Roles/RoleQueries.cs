using Cqo.Identity.Contracts;
using Cqo.Identity.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Identity.Application.Roles;

internal sealed class RoleQueries(IdentityDbContext db, IStringLocalizer texts)
{
    public async Task<IReadOnlyList<RoleDto>> ListAsync(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking()
            .Select(r => new
            {
                r.Id,
                r.Name,
                Users = db.UserRoles.Count(ur => ur.RoleId == r.Id),
                Grants = db.PermissionGrants.Count(g => g.SubjectKind == GrantSubjectKind.Role && g.SubjectId == r.Id),
            })
            .ToListAsync(cancellationToken);
        return roles
            .Select(r => new RoleDto(r.Id, r.Name!, DisplayName(r.Name!), SharedKernel.Security.StandardRoles.All.Contains(r.Name), r.Users, r.Grants))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    private string DisplayName(string role)
    {
        var text = texts[$"Role:{role}"];
        return text.ResourceNotFound ? role : text.Value;
    }
}
