using Cqo.Platform.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Persistence;

public static class PlatformModelBuilderExtensions
{
    /// <summary>The platform's tables (schema <c>platform</c>); the entity-change trail comes with every context.</summary>
    public static ModelBuilder ConfigurePlatform(this ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureRequestAudits();
        modelBuilder.ConfigureAuditChain();
        modelBuilder.Entity<DataProtectionKey>(b =>
        {
            b.ToTable("DataProtectionKeys", AuditingModelBuilderExtensions.Schema);
            b.Property(k => k.FriendlyName).HasMaxLength(200);
        });
        return modelBuilder;
    }
}
