using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Application.Users;

/// <summary>Filters: <c>search</c> in user name, display name and e-mail; scope kind; organisation; approval.</summary>
internal sealed record ListUsersQuery(string? Search, ScopeKind? ScopeKind, Guid? OrganisationId, ApprovalStatus? Approval);

/// <summary>Accounts as the caller may see them (the data-scope filter applies).</summary>
internal sealed class UserQueries(IdentityDbContext db, TimeProvider clock)
{
    private static readonly SortMap<UserAccount> s_sort = new SortMap<UserAccount>("userName", u => u.Id)
        .Add("userName", u => u.UserName)
        .Add("displayName", u => u.DisplayName)
        .Add("createdAt", u => u.CreatedAt)
        .Add("scopeKind", u => u.ScopeKind);

    public async Task<PagedResult<UserDto>> ListAsync(ListUsersQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            var normalized = search.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(normalized) || u.DisplayName.Contains(search) || u.NormalizedEmail!.Contains(normalized));
        }

        if (query.ScopeKind is { } kind)
        {
            users = users.Where(u => u.ScopeKind == kind);
        }

        if (query.OrganisationId is { } organisation)
        {
            users = users.Where(u => u.OrganisationId == organisation);
        }

        if (query.Approval is { } approval)
        {
            users = users.Where(u => u.Approval == approval);
        }

        var found = await users.ToPageAsync(s_sort, page, cancellationToken);
        return new PagedResult<UserDto>(await ToDtosAsync(found.Items, cancellationToken), found.TotalCount);
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw NotFound(id);
        return (await ToDtosAsync([user], cancellationToken))[0];
    }

    /// <summary>404 unless the caller's scope shows the account: the check before any change to it.</summary>
    public async Task EnsureVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == id, cancellationToken))
        {
            throw NotFound(id);
        }
    }

    public static NotFoundException NotFound(Guid id) => new("User", id);

    private async Task<IReadOnlyList<UserDto>> ToDtosAsync(IReadOnlyList<UserAccount> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var names = await OrganisationNames.LoadAsync(db, users.Select(u => u.OrganisationId), cancellationToken);
        var now = clock.GetUtcNow();
        return users.Select(u => new UserDto(
            u.Id,
            u.UserName!,
            u.DisplayName,
            u.Email,
            u.PhoneNumber,
            names.Describe(u.ScopeKind, u.OrganisationId, u.JurisdictionCode),
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            u.Approval,
            u.LockoutEnd > now,
            u.LockoutEnd > now ? u.LockoutEnd : null,
            u.TwoFactorEnabled,
            u.CreatedAt,
            u.ConcurrencyStamp!)).ToList();
    }
}
