using Cqo.Identity.Contracts;
using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cqo.Notifications.Application.Reminders;

/// <summary>
/// Turns due reminders into what is to be stored: those not yet recorded, each with one delivery per
/// recipient and channel, rendered in the recipient's language. A recipient who opted out, or has no
/// e-mail address, gets a skipped delivery, so the log shows why nothing came.
/// </summary>
internal sealed class ReminderPlanner(NotificationsDbContext db, IUserDirectory directory, IOptions<NotificationsOptions> options)
{
    public const string OptedOut = "opted out";
    public const string NoEmailAddress = "no e-mail address";

    public async Task<IReadOnlyList<PlannedReminder>> PlanAsync(ReminderRule rule, IReadOnlyList<DueReminder> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fresh = await NotRecordedAsync(rule, due, cancellationToken);
        if (fresh.Count == 0)
        {
            return [];
        }

        var recipients = await Recipients.LoadAsync(directory, rule.Audiences, [.. fresh.Select(f => f.Parties)], cancellationToken);
        var organisations = fresh.SelectMany(f => recipients.OrganisationsFor(f.Parties)).Distinct().ToList();
        var webhooks = rule.Channels.HasFlag(NotificationChannel.Webhook) && organisations.Count > 0
            ? await db.Webhooks.AsNoTracking().Where(w => w.Enabled && organisations.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken)
            : [];
        var owners = fresh.SelectMany(f => recipients.AccountsFor(f.Parties).Select(u => u.Id)).Concat(organisations).Distinct().ToList();
        var optOuts = (await db.OptOuts.AsNoTracking()
                .Where(o => owners.Contains(o.OwnerId) && (o.RuleId == rule.Id || o.RuleId == OptOut.AllRules))
                .Select(o => new { o.OwnerId, o.Channel }).ToListAsync(cancellationToken))
            .Select(o => (o.OwnerId, o.Channel)).ToHashSet();

        return [.. fresh.Select(f => Plan(rule, f, recipients, webhooks, optOuts, now))];
    }

    private PlannedReminder Plan(
        ReminderRule rule,
        DueReminder due,
        Recipients recipients,
        Dictionary<Guid, Webhook> webhooks,
        HashSet<(Guid, NotificationChannel)> optOuts,
        DateTimeOffset now)
    {
        var reminder = new Reminder(Guid.CreateVersion7(now), rule.Id, due.SubjectKey, due.Occurrence, due.DueOn, now);
        var link = options.Value.BaseUrl.TrimEnd('/') + due.Link;
        var rendered = new Dictionary<string, RenderedMessage>();
        RenderedMessage In(string culture) =>
            rendered.TryGetValue(culture, out var message) ? message : rendered[culture] = TemplateRenderer.Render(rule, culture, due.Values, link);

        var deliveries = new List<Delivery>();
        foreach (var account in recipients.AccountsFor(due.Parties))
        {
            foreach (var channel in new[] { NotificationChannel.Email, NotificationChannel.Inbox }.Where(c => rule.Channels.HasFlag(c)))
            {
                var recipient = new DeliveryRecipient(account.Id, null, account.DisplayName, channel == NotificationChannel.Email ? account.Email : null);
                var skip = optOuts.Contains((account.Id, channel)) ? OptedOut
                    : channel == NotificationChannel.Email && string.IsNullOrWhiteSpace(account.Email) ? NoEmailAddress
                    : null;
                deliveries.Add(skip is null
                    ? new Delivery(Guid.CreateVersion7(now), rule.Id, reminder.Id, channel, recipient, In(account.Culture), now)
                    : Delivery.Skipped(Guid.CreateVersion7(now), rule.Id, reminder.Id, channel, recipient, In(account.Culture), now, skip));
            }
        }

        foreach (var organisation in recipients.OrganisationsFor(due.Parties))
        {
            if (webhooks.TryGetValue(organisation, out var webhook) && !optOuts.Contains((organisation, NotificationChannel.Webhook)))
            {
                var recipient = new DeliveryRecipient(null, organisation, webhook.Kind.ToString(), webhook.Kind.ToString());
                deliveries.Add(new Delivery(Guid.CreateVersion7(now), rule.Id, reminder.Id, NotificationChannel.Webhook, recipient, In(SupportedCultures.Default), now));
            }
        }

        return new PlannedReminder(reminder, deliveries);
    }

    /// <summary>The due reminders not yet recorded, each once.</summary>
    private async Task<List<DueReminder>> NotRecordedAsync(ReminderRule rule, IReadOnlyList<DueReminder> due, CancellationToken cancellationToken)
    {
        var subjects = due.Select(d => d.SubjectKey).Distinct().ToList();
        var recorded = (await db.Reminders.AsNoTracking()
                .Where(r => r.RuleId == rule.Id && subjects.Contains(r.SubjectKey))
                .Select(r => new { r.SubjectKey, r.Occurrence }).ToListAsync(cancellationToken))
            .Select(r => (r.SubjectKey, r.Occurrence)).ToHashSet();
        return [.. due.DistinctBy(d => (d.SubjectKey, d.Occurrence)).Where(d => !recorded.Contains((d.SubjectKey, d.Occurrence)))];
    }
}

/// <summary>A reminder to record and its deliveries.</summary>
internal sealed record PlannedReminder(Reminder Reminder, IReadOnlyList<Delivery> Deliveries);
