using Cqo.Platform.Auditing.Chain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Auditing;

internal static class AuditingModelBuilderExtensions
{
    public const string Schema = "platform";

    public static void ConfigureEntityChanges(this ModelBuilder modelBuilder) =>
        modelBuilder.Entity<EntityChange>(b =>
        {
            b.ToTable("EntityChanges", Schema);
            b.Property(e => e.EntityType).HasMaxLength(EntityChange.TypeMaxLength);
            b.Property(e => e.EntityKey).HasMaxLength(EntityChange.KeyMaxLength);
            b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.CorrelationId).HasMaxLength(EntityChange.CorrelationMaxLength);
            b.Property(e => e.ChainHash).HasMaxLength(AuditCanonicalForm.HashLength);
            b.HasIndex(e => new { e.EntityType, e.EntityKey });
            b.HasIndex(e => e.ChangedAt);
            b.HasIndex(e => e.ChangedBy);
            b.HasIndex(e => e.CorrelationId);

            // Finds the unsealed (null) records in time order for sealing, and walks the chain by sequence.
            b.HasIndex(e => new { e.ChainSequence, e.ChangedAt, e.Id });
        });

    public static void ConfigureRequestAudits(this ModelBuilder modelBuilder) =>
        modelBuilder.Entity<RequestAudit>(b =>
        {
            b.ToTable("RequestAudits", Schema);
            b.Property(e => e.Method).HasMaxLength(RequestAudit.MethodMaxLength);
            b.Property(e => e.Path).HasMaxLength(RequestAudit.PathMaxLength);
            b.Property(e => e.IpAddress).HasMaxLength(45);
            b.Property(e => e.UserAgent).HasMaxLength(RequestAudit.UserAgentMaxLength);
            b.Property(e => e.CorrelationId).HasMaxLength(EntityChange.CorrelationMaxLength);
            b.Property(e => e.ChainHash).HasMaxLength(AuditCanonicalForm.HashLength);
            b.HasIndex(e => e.At);
            b.HasIndex(e => e.UserId);
            b.HasIndex(e => e.CorrelationId);
            b.HasIndex(e => new { e.ChainSequence, e.At, e.Id });
        });

    /// <summary>The chain's head (one row, created here) and the verifications' results.</summary>
    public static void ConfigureAuditChain(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditChainHead>(b =>
        {
            b.ToTable("AuditChainHead", Schema);
            b.Property(h => h.Id).ValueGeneratedNever();
            b.Property(h => h.LastHash).HasMaxLength(AuditCanonicalForm.HashLength);
            b.Property(h => h.AnchorHash).HasMaxLength(AuditCanonicalForm.HashLength);
            b.HasData(new
            {
                Id = AuditChainHead.SingletonId,
                LastSequence = 0L,
                LastHash = AuditChainHead.GenesisHash,
                AnchorSequence = 0L,
                AnchorHash = AuditChainHead.GenesisHash,
                ConcurrencyStamp = AuditChainHead.InitialStamp,
            });
        });
        modelBuilder.Entity<AuditChainVerification>(b =>
        {
            b.ToTable("AuditChainVerifications", Schema);
            b.Property(v => v.LastHash).HasMaxLength(AuditCanonicalForm.HashLength);
            b.Property(v => v.BreakKind).HasConversion<string>().HasMaxLength(16);
            b.Property(v => v.BreakRecordKind).HasConversion<string>().HasMaxLength(16);
            b.Property(v => v.Detail).HasMaxLength(AuditChainVerification.DetailMaxLength);
            b.HasIndex(v => v.StartedAt);
        });
    }
}
