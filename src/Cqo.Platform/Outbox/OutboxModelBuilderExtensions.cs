using Cqo.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Outbox;

internal static class OutboxModelBuilderExtensions
{
    /// <summary>
    /// Mapped in every context, like the entity-change trail, so a module's change and the events it
    /// publishes are saved by one SaveChanges in one transaction.
    /// </summary>
    public static void ConfigureOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("OutboxMessages", AuditingModelBuilderExtensions.Schema);
            b.Property(m => m.EventType).HasMaxLength(OutboxMessage.EventTypeMaxLength);
            b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
            b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        });
        modelBuilder.Entity<OutboxDelivery>(b =>
        {
            b.ToTable("OutboxDeliveries", AuditingModelBuilderExtensions.Schema);
            b.HasKey(d => new { d.MessageId, d.Handler });
            b.Property(d => d.Handler).HasMaxLength(OutboxDelivery.HandlerMaxLength);
            b.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
