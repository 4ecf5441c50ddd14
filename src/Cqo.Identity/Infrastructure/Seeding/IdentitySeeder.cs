using System.Security.Cryptography;
using System.Text;
using Cqo.Identity.Application;
using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure.Auth;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cqo.Identity.Infrastructure.Seeding;

/// <summary>
/// The standard roles, default grants of permissions not met before, the platform administrator and
/// the <c>cqo-spa</c> client; with demo data, one account per role. Idempotent.
/// </summary>
internal sealed class IdentitySeeder(
    IdentityStoreDbContext db,
    UserManager<UserAccount> users,
    RoleManager<Role> roles,
    PermissionDefinitionManager permissions,
    IOpenIddictApplicationManager applications,
    IOptions<CqoIdentityOptions> options,
    TimeProvider clock,
    ILogger<IdentitySeeder> logger) : IDataSeedContributor
{
    public const string AdminUserName = "admin";
    public const string SpaClientId = "cqo-spa";

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        foreach (var name in StandardRoles.All)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                (await roles.CreateAsync(new Role(DeterministicId("role", name), name))).ThrowIfFailed();
            }
        }

        await GrantDefaultsOfNewPermissionsAsync(cancellationToken);
        await SeedAdminAsync();
        await SeedSpaClientAsync(cancellationToken);
        if (context.IncludeDemoData)
        {
            await DemoAccounts.SeedAsync(db, users, cancellationToken);
        }
    }

    private async Task GrantDefaultsOfNewPermissionsAsync(CancellationToken cancellationToken)
    {
        var known = await db.KnownPermissions.Select(p => p.Name).ToListAsync(cancellationToken);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var permission in permissions.All.Where(p => !known.Contains(p.Name)))
        {
            db.KnownPermissions.Add(new KnownPermission(permission.Name, now));
            foreach (var role in permission.DefaultRoles.Where(roleIds.ContainsKey))
            {
                if (!await db.PermissionGrants.AnyAsync(g => g.SubjectKind == GrantSubjectKind.Role && g.SubjectId == roleIds[role] && g.Name == permission.Name, cancellationToken))
                {
                    db.PermissionGrants.Add(new PermissionGrant(Guid.CreateVersion7(now), permission.Name, GrantSubjectKind.Role, roleIds[role]));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAdminAsync()
    {
        if (await users.FindByNameAsync(AdminUserName) is not null)
        {
            return;
        }

        var password = options.Value.AdminPassword;
        if (string.IsNullOrEmpty(password))
        {
            password = $"Cqo-{Convert.ToHexString(RandomNumberGenerator.GetBytes(9))}a1";
            // Shown once to whoever started the first run, never to the log sinks.
            logger.LogWarning("Created the platform administrator '{UserName}' with a one-time password printed on the console; set Identity:AdminPassword before the first start to choose it", AdminUserName);
            Console.WriteLine($"One-time password of '{AdminUserName}': {password}");
        }

        var admin = new UserAccount(DeterministicId("user", AdminUserName), AdminUserName, "平台管理员", new DataScope(ScopeKind.Platform));
        (await users.CreateAsync(admin, password)).ThrowIfFailed();
        (await users.AddToRoleAsync(admin, StandardRoles.PlatformAdmin)).ThrowIfFailed();
    }

    private async Task SeedSpaClientAsync(CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = SpaClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "CQO single-page app",
            Permissions =
            {
                OpenIddictConstants.Permissions.Endpoints.Authorization, OpenIddictConstants.Permissions.Endpoints.Token, OpenIddictConstants.Permissions.Endpoints.Revocation,
                OpenIddictConstants.Permissions.Endpoints.EndSession, OpenIddictConstants.Permissions.GrantTypes.AuthorizationCode, OpenIddictConstants.Permissions.GrantTypes.RefreshToken,
                OpenIddictConstants.Permissions.ResponseTypes.Code, OpenIddictConstants.Permissions.Scopes.Profile, OpenIddictConstants.Permissions.Scopes.Email,
                OpenIddictConstants.Permissions.Prefixes.Scope + Scopes.OfflineAccess, OpenIddictConstants.Permissions.Prefixes.Scope + OpenIddictSetup.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in options.Value.SpaRedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
            descriptor.PostLogoutRedirectUris.Add(new Uri(new Uri(uri), "/"));
        }

        var existing = await applications.FindByClientIdAsync(SpaClientId, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
            return;
        }

        // Redirect URIs follow configuration, so a deployment can move the SPA; an unchanged
        // client is not rewritten at every start.
        var stored = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(stored, existing, cancellationToken);
        if (!stored.RedirectUris.SetEquals(descriptor.RedirectUris)
            || !stored.PostLogoutRedirectUris.SetEquals(descriptor.PostLogoutRedirectUris)
            || !stored.Permissions.SetEquals(descriptor.Permissions))
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    /// <summary>Seeded rows get the same id in every database, so demo links and tests can name them.</summary>
    internal static Guid DeterministicId(string kind, string name) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"cqo:identity:{kind}:{name}"))[..16]);
}
