using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Platform.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity;

public static class IdentityModelBuilderExtensions
{
    public const string Schema = "identity";

    /// <summary>The identity module's tables: accounts, roles, grants, organisations, clients, OpenIddict's stores, the security log.</summary>
    public static ModelBuilder ConfigureIdentity(this ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureAccounts();
        modelBuilder.ConfigureAccess();
        modelBuilder.UseOpenIddict<Guid>();
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.ClrType.Namespace?.StartsWith("OpenIddict", StringComparison.Ordinal) == true))
        {
            entityType.SetSchema(Schema);
        }

        return modelBuilder;
    }

    // The shape of ASP.NET Core Identity's own IdentityDbContext, on our base context and schema.
    private static void ConfigureAccounts(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserAccount>(b =>
        {
            b.ToTable("Users", Schema);
            b.HasKey(u => u.Id);
            b.Property(u => u.Id).ValueGeneratedNever();
            b.Property(u => u.UserName).HasMaxLength(IdentityLimits.UserNameMaxLength);
            b.Property(u => u.NormalizedUserName).HasMaxLength(IdentityLimits.UserNameMaxLength);
            b.Property(u => u.DisplayName).HasMaxLength(IdentityLimits.DisplayNameMaxLength);
            b.Property(u => u.Email).HasMaxLength(IdentityLimits.EmailMaxLength);
            b.Property(u => u.NormalizedEmail).HasMaxLength(IdentityLimits.EmailMaxLength);
            b.Property(u => u.PhoneNumber).HasMaxLength(IdentityLimits.PhoneMaxLength);
            b.Property(u => u.ConcurrencyStamp).HasMaxLength(36).IsConcurrencyToken();
            b.Property(u => u.PasswordHash).HasMaxLength(256).IsSecretInAuditTrail();
            b.Property(u => u.SecurityStamp).HasMaxLength(64).IsSecretInAuditTrail();
            b.Property(u => u.ScopeKind).HasConversion<string>().HasMaxLength(32);
            b.Property(u => u.Approval).HasConversion<string>().HasMaxLength(16);
            b.Property(u => u.JurisdictionCode).HasMaxLength(IdentityLimits.JurisdictionCodeMaxLength);
            b.Property(u => u.PreferredCulture).HasMaxLength(8);
            b.Ignore(u => u.Scope);
            b.HasIndex(u => u.NormalizedUserName).IsUnique();
            b.HasIndex(u => u.NormalizedEmail);
            b.HasIndex(u => u.OrganisationId);
            b.HasIndex(u => u.JurisdictionCode);
            b.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            b.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });
        modelBuilder.Entity<IdentityUserClaim<Guid>>(b =>
        {
            b.ToTable("UserClaims", Schema);
            b.HasKey(c => c.Id);
            b.Property(c => c.ClaimType).HasMaxLength(256);
            b.Property(c => c.ClaimValue).HasMaxLength(1024);
        });
        modelBuilder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable("UserLogins", Schema);
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
            b.Property(l => l.ProviderDisplayName).HasMaxLength(128);
        });
        modelBuilder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.ToTable("UserTokens", Schema);
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
            b.Property(t => t.Value).HasMaxLength(1024);
        });
        modelBuilder.Entity<Role>(b =>
        {
            b.ToTable("Roles", Schema);
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Name).HasMaxLength(IdentityLimits.RoleNameMaxLength);
            b.Property(r => r.NormalizedName).HasMaxLength(IdentityLimits.RoleNameMaxLength);
            b.Property(r => r.ConcurrencyStamp).HasMaxLength(36).IsConcurrencyToken();
            b.Ignore(r => r.IsStandard);
            b.HasIndex(r => r.NormalizedName).IsUnique();
            b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
            b.HasMany<IdentityRoleClaim<Guid>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
        });
        modelBuilder.Entity<IdentityUserRole<Guid>>(b =>
        {
            b.ToTable("UserRoles", Schema);
            b.HasKey(r => new { r.UserId, r.RoleId });
        });
        modelBuilder.Entity<IdentityRoleClaim<Guid>>(b =>
        {
            b.ToTable("RoleClaims", Schema);
            b.HasKey(c => c.Id);
            b.Property(c => c.ClaimType).HasMaxLength(256);
            b.Property(c => c.ClaimValue).HasMaxLength(1024);
        });
    }

    private static void ConfigureAccess(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PermissionGrant>(b =>
        {
            b.ToTable("PermissionGrants", Schema);
            b.Property(g => g.Name).HasMaxLength(IdentityLimits.PermissionNameMaxLength);
            b.Property(g => g.SubjectKind).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(g => new { g.SubjectKind, g.SubjectId, g.Name }).IsUnique();
        });
        modelBuilder.Entity<KnownPermission>(b =>
        {
            b.ToTable("KnownPermissions", Schema);
            b.HasKey(p => p.Name);
            b.Property(p => p.Name).HasMaxLength(IdentityLimits.PermissionNameMaxLength);
        });
        modelBuilder.Entity<Organisation>(b =>
        {
            b.ToTable("Organisations", Schema);
            b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(o => o.Name).HasMaxLength(IdentityLimits.OrganisationNameMaxLength);
            b.Property(o => o.Uscc).HasMaxLength(IdentityLimits.UsccLength);
            b.Property(o => o.DistrictCode).HasMaxLength(IdentityLimits.JurisdictionCodeMaxLength);
            b.Property(o => o.JurisdictionCode).HasMaxLength(IdentityLimits.JurisdictionCodeMaxLength);
            b.Ignore(o => o.ScopeForMembers);
            b.HasIndex(o => o.Uscc).IsUnique();
            b.HasIndex(o => o.JurisdictionCode);
        });
        modelBuilder.Entity<IntegrationClient>(b =>
        {
            b.ToTable("IntegrationClients", Schema);
            b.Property(c => c.ClientId).HasMaxLength(IdentityLimits.ClientIdMaxLength);
            b.Property(c => c.DisplayName).HasMaxLength(IdentityLimits.DisplayNameMaxLength);
            b.Property(c => c.ScopeKind).HasConversion<string>().HasMaxLength(32);
            b.Property(c => c.JurisdictionCode).HasMaxLength(IdentityLimits.JurisdictionCodeMaxLength);
            b.Ignore(c => c.Scope);
            b.HasIndex(c => c.ClientId).IsUnique();
            b.HasIndex(c => c.OrganisationId);
        });
        modelBuilder.Entity<SecurityLogEntry>(b =>
        {
            b.ToTable("SecurityLog", Schema);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.UserName).HasMaxLength(IdentityLimits.UserNameMaxLength);
            b.Property(e => e.ClientId).HasMaxLength(IdentityLimits.ClientIdMaxLength);
            b.Property(e => e.IpAddress).HasMaxLength(45);
            b.Property(e => e.UserAgent).HasMaxLength(SecurityLogEntry.UserAgentMaxLength);
            b.Property(e => e.Detail).HasMaxLength(SecurityLogEntry.DetailMaxLength);
            b.Property(e => e.JurisdictionCode).HasMaxLength(IdentityLimits.JurisdictionCodeMaxLength);
            b.HasIndex(e => e.At);
            b.HasIndex(e => new { e.UserId, e.At });
        });
    }
}
