using System.Collections.Frozen;
using Cqo.Identity.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Identity.Infrastructure.Permissions;

/// <summary>
/// What a user (through their roles and their own grants) or an integration client holds. The
/// context is leased only on a cache miss: every authorised request asks, and almost all are hits.
/// </summary>
internal sealed class EffectiveGrants(IServiceProvider services, PermissionGrantCache cache)
{
    /// <summary>One query: the user's own grants and their roles' grants; none while not approved.</summary>
    public Task<FrozenSet<string>> ForUserAsync(Guid userId) =>
        cache.GetOrLoadAsync($"user:{userId}", async () =>
        {
            var db = services.GetRequiredService<IdentityStoreDbContext>();
            var roleIds = db.UserRoles.Where(ur => ur.UserId == userId).Select(ur => ur.RoleId);
            var names = await db.PermissionGrants
                .Where(g => (g.SubjectKind == GrantSubjectKind.User && g.SubjectId == userId)
                    || (g.SubjectKind == GrantSubjectKind.Role && roleIds.Contains(g.SubjectId)))
                .Where(_ => db.Users.Any(u => u.Id == userId && u.Approval == ApprovalStatus.Approved))
                .Select(g => g.Name)
                .Distinct()
                .ToListAsync();
            return names.ToFrozenSet(StringComparer.Ordinal);
        });

    public Task<FrozenSet<string>> ForClientAsync(string clientId) =>
        cache.GetOrLoadAsync($"client:{clientId}", async () =>
        {
            var db = services.GetRequiredService<IdentityStoreDbContext>();
            var names = await db.PermissionGrants
                .Where(g => g.SubjectKind == GrantSubjectKind.Client
                    && db.IntegrationClients.Any(c => c.ClientId == clientId && c.Id == g.SubjectId))
                .Select(g => g.Name)
                .ToListAsync();
            return names.ToFrozenSet(StringComparer.Ordinal);
        });
}
