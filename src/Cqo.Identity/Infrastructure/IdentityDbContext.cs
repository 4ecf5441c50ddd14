using Cqo.Identity.Domain;
using Cqo.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Infrastructure;

/// <summary>The identity tables as the use cases see them: filtered by the caller's scope.</summary>
internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : IdentityTables(options);

/// <summary>The identity module's tables, seen through either context.</summary>
internal abstract class IdentityTables(DbContextOptions options) : CqoDbContext(options)
{
    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<Role> Roles => Set<Role>();

    public DbSet<IdentityUserRole<Guid>> UserRoles => Set<IdentityUserRole<Guid>>();

    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();

    public DbSet<KnownPermission> KnownPermissions => Set<KnownPermission>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<IntegrationClient> IntegrationClients => Set<IntegrationClient>();

    public DbSet<SecurityLogEntry> SecurityLog => Set<SecurityLogEntry>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureIdentity();
}
