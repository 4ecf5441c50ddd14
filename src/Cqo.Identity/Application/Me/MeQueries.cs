using Cqo.Identity.Contracts;
using Cqo.Identity.Infrastructure;
using Cqo.Identity.Infrastructure.Permissions;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Application.Me;

/// <summary>The caller, their scope and effective permissions; and the counts on their home page.</summary>
internal sealed class MeQueries(IdentityDbContext db, ICurrentUser caller, GrantedPermissionChecker permissions, TimeProvider clock)
{
    public async Task<MeDto> GetAsync(CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        var names = await OrganisationNames.LoadAsync(db, [scope.OrganisationId], cancellationToken);
        var user = caller.UserId is { } userId ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken) : null;
        var roles = user is null
            ? []
            : await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToListAsync(cancellationToken);
        var granted = await permissions.CurrentGrantsAsync();
        return new MeDto(
            caller.UserId,
            user?.UserName ?? caller.UserName,
            user?.DisplayName ?? caller.UserName,
            caller.ClientId,
            names.Describe(scope.Kind, scope.OrganisationId, scope.JurisdictionCode),
            roles,
            granted.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Real counts within the caller's scope, for the home page.</summary>
    public async Task<HomeCounts> CountsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return new HomeCounts(
            await db.Users.CountAsync(cancellationToken),
            await db.Users.CountAsync(u => u.Approval == ApprovalStatus.Pending, cancellationToken),
            await db.Users.CountAsync(u => u.LockoutEnd > now, cancellationToken),
            await db.Organisations.CountAsync(cancellationToken),
            await db.IntegrationClients.CountAsync(cancellationToken),
            await db.Roles.CountAsync(cancellationToken));
    }
}

internal sealed record HomeCounts(int Users, int PendingRegistrations, int LockedUsers, int Organisations, int Clients, int Roles);
