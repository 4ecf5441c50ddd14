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
            b.HasIndex(e => new { e.EntityType, e.EntityKey });
            b.HasIndex(e => e.ChangedAt);
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
            b.HasIndex(e => e.At);
            b.HasIndex(e => e.UserId);
        });
}
