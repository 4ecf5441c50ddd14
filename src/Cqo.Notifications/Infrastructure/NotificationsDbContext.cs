using Cqo.Notifications.Domain;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Notifications.Infrastructure;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : CqoDbContext(options)
{
    public DbSet<ReminderRule> Rules => Set<ReminderRule>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<OptOut> OptOuts => Set<OptOut>();

    public DbSet<Webhook> Webhooks => Set<Webhook>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureNotifications();
}
