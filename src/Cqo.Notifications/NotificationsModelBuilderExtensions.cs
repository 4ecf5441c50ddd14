using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Notifications;

public static class NotificationsModelBuilderExtensions
{
    public const string Schema = "notifications";

    /// <summary>Notifications' tables (schema <c>notifications</c>).</summary>
    public static ModelBuilder ConfigureNotifications(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReminderRule>(b =>
        {
            b.ToTable("Rules", Schema);
            b.Property(r => r.Key).HasMaxLength(NotificationLimits.KeyMaxLength);
            b.HasIndex(r => r.Key).IsUnique();
            b.Property(r => r.Event).HasMaxLength(NotificationLimits.KeyMaxLength);
            b.Property(r => r.Cron).HasMaxLength(NotificationLimits.CronMaxLength);
            b.Ignore(r => r.JobId);
            b.OwnsMany(r => r.Templates, t =>
            {
                t.ToTable("RuleTemplates", Schema);
                t.WithOwner().HasForeignKey("RuleId");
                t.HasKey("RuleId", nameof(RuleTemplate.Culture));
                t.Property(x => x.Culture).HasMaxLength(8);
                t.Property(x => x.Subject).HasMaxLength(NotificationLimits.SubjectMaxLength);
                t.Property(x => x.Body).HasMaxLength(NotificationLimits.BodyMaxLength);
            });
        });

        modelBuilder.Entity<Reminder>(b =>
        {
            b.ToTable("Reminders", Schema);
            b.Property(r => r.SubjectKey).HasMaxLength(NotificationLimits.KeyMaxLength);
            b.Property(r => r.Occurrence).HasMaxLength(NotificationLimits.KeyMaxLength);
            // Exactly once: whoever stores the key first sends; every other run or host finds it taken.
            b.HasIndex(r => new { r.RuleId, r.SubjectKey, r.Occurrence }).IsUnique();
        });

        modelBuilder.Entity<Delivery>(b =>
        {
            b.ToTable("Deliveries", Schema);
            b.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(d => d.RecipientName).HasMaxLength(NotificationLimits.NameMaxLength);
            b.Property(d => d.Address).HasMaxLength(NotificationLimits.AddressMaxLength);
            b.Property(d => d.Culture).HasMaxLength(8);
            b.Property(d => d.Subject).HasMaxLength(NotificationLimits.SubjectMaxLength);
            b.Property(d => d.Body).HasMaxLength(NotificationLimits.RenderedBodyMaxLength);
            b.Property(d => d.Link).HasMaxLength(NotificationLimits.AddressMaxLength);
            b.Property(d => d.LastError).HasMaxLength(Delivery.ErrorMaxLength);
            // The dispatcher's due queue; the inbox and its unread count; the log by rule and reminder.
            b.HasIndex(d => new { d.Status, d.NextAttemptAt });
            b.HasIndex(d => new { d.RecipientUserId, d.Channel, d.ReadAt });
            b.HasIndex(d => d.ReminderId);
            b.HasIndex(d => new { d.RuleId, d.CreatedAt });
            b.HasIndex(d => d.CreatedAt);
        });

        modelBuilder.Entity<OptOut>(b =>
        {
            b.ToTable("OptOuts", Schema);
            b.HasKey(o => new { o.OwnerId, o.RuleId, o.Channel });
            b.Property(o => o.Channel).HasConversion<string>().HasMaxLength(16);
        });

        modelBuilder.Entity<Webhook>(b =>
        {
            b.ToTable("Webhooks", Schema);
            b.Property(w => w.Kind).HasConversion<string>().HasMaxLength(16);
            // A WeCom address carries its robot's key: neither it nor the secret goes into the audit trail.
            b.Property(w => w.Url).HasMaxLength(NotificationLimits.AddressMaxLength).IsSecretInAuditTrail();
            b.Property(w => w.ProtectedSecret).HasMaxLength(1000).IsSecretInAuditTrail();
        });

        return modelBuilder;
    }
}
