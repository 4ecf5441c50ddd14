using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure;
using Cqo.Platform.Localization;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Application.Directory;

internal sealed class UserDirectory(IdentityDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<UserContact>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        await Reachable().Where(u => userIds.Contains(u.Id)).Select(s_contact).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        userIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

    public async Task<IReadOnlyList<UserContact>> FindMembersAsync(
        ScopeKind kind,
        string role,
        IReadOnlyCollection<Guid>? organisationIds,
        IReadOnlyCollection<string>? jurisdictionCodes,
        CancellationToken cancellationToken)
    {
        var members = Reachable().Where(u => u.ScopeKind == kind)
            .Where(u => db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == role)));
        if (organisationIds is not null)
        {
            members = members.Where(u => u.OrganisationId != null && organisationIds.Contains(u.OrganisationId.Value));
        }

        if (jurisdictionCodes is not null)
        {
            members = members.Where(u => u.JurisdictionCode != null && jurisdictionCodes.Contains(u.JurisdictionCode));
        }

        return await members.Select(s_contact).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Approved accounts an administrator has not locked. A lockout after failed sign-ins passes in
    /// minutes; a reminder must not be lost to it.
    /// </summary>
    private IQueryable<UserAccount> Reachable() =>
        db.Users.AsNoTracking().Where(u => u.Approval == ApprovalStatus.Approved && u.LockoutEnd != DateTimeOffset.MaxValue);

    private static readonly System.Linq.Expressions.Expression<Func<UserAccount, UserContact>> s_contact = u =>
        new UserContact(u.Id, u.DisplayName, u.Email, u.PreferredCulture ?? SupportedCultures.Default, u.OrganisationId, u.JurisdictionCode);
}
