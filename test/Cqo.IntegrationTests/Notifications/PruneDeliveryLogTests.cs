using Cqo.IntegrationTests.Infrastructure;
using Cqo.Notifications.Application.Retention;
using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Notifications;

[Collection(NotificationsCollection.Name)]
public sealed class PruneDeliveryLogTests(CqoApp app)
{
    [Fact]
    public async Task Reminders_and_deliveries_past_retention_go_and_newer_or_still_pending_ones_stay()
    {
        var now = app.Clock.GetUtcNow();
        var rule = NotificationsApi.RuleId("certificate-expiry");
        var old = Recorded(rule, now.AddDays(-401), DeliveryStatus.Sent);
        var oldPending = Recorded(rule, now.AddDays(-401), DeliveryStatus.Pending);
        var recent = Recorded(rule, now.AddDays(-399), DeliveryStatus.Sent);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            foreach (var (reminder, delivery) in new[] { old, oldPending, recent })
            {
                db.Reminders.Add(reminder);
                db.Deliveries.Add(delivery);
            }

            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<PruneDeliveryLog>().RunAsync(CancellationToken.None);
        }

        await using var check = app.Services.CreateAsyncScope();
        var remaining = check.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var ids = new[] { old.Reminder.Id, oldPending.Reminder.Id, recent.Reminder.Id };
        (await remaining.Reminders.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync()).ShouldBe([oldPending.Reminder.Id, recent.Reminder.Id], ignoreOrder: true);
        (await remaining.Deliveries.Where(d => d.ReminderId != null && ids.Contains(d.ReminderId.Value)).Select(d => d.Id).ToListAsync())
            .ShouldBe([oldPending.Delivery.Id, recent.Delivery.Id], ignoreOrder: true);
    }

    private static (Reminder Reminder, Delivery Delivery) Recorded(Guid rule, DateTimeOffset at, DeliveryStatus status)
    {
        var reminder = new Reminder(Guid.NewGuid(), rule, Guid.NewGuid().ToString(), $"0@{at:yyyy-MM-dd}", DateOnly.FromDateTime(at.UtcDateTime), at);
        var message = new RenderedMessage("zh-CN", "旧提醒", "正文", "http://localhost/");
        var recipient = new DeliveryRecipient(Guid.NewGuid(), null, "收件人", "old@example.cn");
        var delivery = status == DeliveryStatus.Pending
            ? new Delivery(Guid.NewGuid(), rule, reminder.Id, NotificationChannel.Email, recipient, message, at)
            : new Delivery(Guid.NewGuid(), rule, reminder.Id, NotificationChannel.Inbox, recipient, message, at);
        return (reminder, delivery);
    }
}
