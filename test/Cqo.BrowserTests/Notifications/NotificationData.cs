using Cqo.Identity.Domain;
using Cqo.Notifications.Application.Sending;
using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.BrowserTests.Notifications;

/// <summary>Deliveries, opt-outs and links arranged behind the UI, straight in the notifications module's tables.</summary>
internal static class NotificationData
{
    /// <summary>The seeded rule that reminds holders of their certificate's end (certification's source).</summary>
    public const string CertificateExpiry = "certificate-expiry";

    public static async Task<UserAccount> AccountAsync(IServiceProvider root, string userName)
    {
        await using var scope = root.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"The demo account {userName} is missing.");
    }

    public static async Task<Guid> RuleIdAsync(IServiceProvider root, string key = CertificateExpiry)
    {
        await using var scope = root.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Rules.Where(r => r.Key == key).Select(r => r.Id).SingleAsync();
    }

    /// <summary>Marks every inbox message of the account read, so a test counts only its own.</summary>
    public static async Task ReadAllAsync(IServiceProvider root, Guid userId)
    {
        await using var scope = root.CreateAsyncScope();
        var now = DateTimeOffset.UtcNow;
        await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Deliveries
            .Where(d => d.RecipientUserId == userId && d.Channel == NotificationChannel.Inbox && d.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ReadAt, now));
    }

    /// <summary>An unread inbox message to the account, as a rule's run records it (an inbox delivery is sent when stored).</summary>
    public static async Task<Guid> InboxMessageAsync(IServiceProvider root, UserAccount account, string subject, string body, string link)
    {
        var ruleId = await RuleIdAsync(root);
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = DateTimeOffset.UtcNow;
        var delivery = new Delivery(Guid.CreateVersion7(now), ruleId, null, NotificationChannel.Inbox,
            new DeliveryRecipient(account.Id, null, account.DisplayName, null), new RenderedMessage("zh-CN", subject, body, link), now);
        db.Deliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }

    /// <summary>An e-mail delivery with an outcome, as the dispatcher leaves it.</summary>
    public static async Task<Guid> EmailDeliveryAsync(IServiceProvider root, string recipientName, string address, string subject, DeliveryStatus status, string? error = null)
    {
        var ruleId = await RuleIdAsync(root);
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = DateTimeOffset.UtcNow;
        var delivery = new Delivery(Guid.CreateVersion7(now), ruleId, null, NotificationChannel.Email,
            new DeliveryRecipient(null, null, recipientName, address), new RenderedMessage("zh-CN", subject, "浏览器测试正文", "http://localhost:5080/"), now);
        db.Deliveries.Add(delivery);
        await db.SaveChangesAsync();
        var attempts = status == DeliveryStatus.Dead ? 20 : 1;
        await db.Deliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.SentAt, status == DeliveryStatus.Sent ? (DateTimeOffset?)now : null));
        return delivery.Id;
    }

    public static async Task<IReadOnlyList<(DeliveryStatus Status, Guid? ResendOfId)>> DeliveriesToAsync(IServiceProvider root, string recipientName)
    {
        await using var scope = root.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Deliveries.AsNoTracking()
            .Where(d => d.RecipientName == recipientName).Select(d => new { d.Status, d.ResendOfId }).ToListAsync();
        return [.. rows.Select(r => (r.Status, r.ResendOfId))];
    }

    /// <summary>The link of an e-mail's footer: the token names the account and the rule.</summary>
    public static string UnsubscribeToken(IServiceProvider root, Guid userId, Guid ruleId) =>
        root.GetRequiredService<UnsubscribeLinks>().TokenFor(userId, ruleId);

    public static async Task<NotificationChannel> OptedOutAsync(IServiceProvider root, Guid ownerId, Guid ruleId)
    {
        await using var scope = root.CreateAsyncScope();
        var channels = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().OptOuts.AsNoTracking()
            .Where(o => o.OwnerId == ownerId && o.RuleId == ruleId).Select(o => o.Channel).ToListAsync();
        return channels.Aggregate(NotificationChannel.None, (all, c) => all | c);
    }

    /// <summary>Takes back an account's opt-outs of one rule, so tests after this one find the defaults.</summary>
    public static async Task OptInAsync(IServiceProvider root, Guid ownerId, Guid ruleId)
    {
        await using var scope = root.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().OptOuts.Where(o => o.OwnerId == ownerId && o.RuleId == ruleId).ExecuteDeleteAsync();
    }

    public static async Task<Webhook?> WebhookAsync(IServiceProvider root, Guid organisationId)
    {
        await using var scope = root.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == organisationId);
    }
}
