using Cqo.Platform.Auditing;
using Cqo.Platform.Auditing.Chain;
using Cqo.Platform.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Persistence;

/// <summary>The platform's own tables: request audits and the audit chain, the data-protection keys all hosts share, and the outbox's deliveries.</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : CqoDbContext(options), IDataProtectionKeyContext
{
    public DbSet<RequestAudit> RequestAudits => Set<RequestAudit>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<AuditChainVerification> AuditChainVerifications => Set<AuditChainVerification>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigurePlatform();
}
