using Cqo.Platform.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Persistence;

/// <summary>The platform's own tables: request audits and the data-protection keys all hosts share.</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : CqoDbContext(options), IDataProtectionKeyContext
{
    public DbSet<RequestAudit> RequestAudits => Set<RequestAudit>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigurePlatform();
}
