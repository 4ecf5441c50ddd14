using System.Linq.Expressions;
using Cqo.Notifications.Application.Reminders;
using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Notifications.Application.Sending;

/// <summary>
/// Sends the e-mails and webhook posts that are due. A batch is claimed by one conditional UPDATE
/// that leases only deliveries still pending, due and unleased, so hosts sharing the database never
/// send one at the same time (ADR 15). A failure waits (one minute, doubling, at most an hour) and is
/// tried again until <see cref="NotificationsOptions.MaxAttempts"/>; a recipient refused for good is
/// bounced. Without an SMTP server configured, e-mails stay pending rather than fail.
/// </summary>
internal sealed class DeliveryDispatcher(
    NotificationsDbContext db,
    EmailSender email,
    WebhookSender webhooks,
    ReminderSources sources,
    TimeProvider clock,
    IOptions<NotificationsOptions> options,
    ILogger<DeliveryDispatcher> logger)
{
    private static readonly TimeSpan s_firstRetry = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan s_longestRetry = TimeSpan.FromHours(1);

    private readonly Dictionary<Guid, IReminderSource?> _sources = [];
    private readonly Dictionary<Guid, ReminderAttachment?> _attachments = [];

    public static TimeSpan BackOff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(s_longestRetry.Ticks, s_firstRetry.Ticks << Math.Clamp(attempts - 1, 0, 20)));

    /// <summary>Sends batches until none is due; returns how many deliveries were settled.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var settled = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (count, more) = await DispatchBatchAsync(cancellationToken);
            settled += count;
            if (!more)
            {
                break;
            }
        }

        return settled;
    }

    private async Task<(int Settled, bool More)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToStoragePrecision();
        var channels = email.Configured ? [NotificationChannel.Email, NotificationChannel.Webhook] : new[] { NotificationChannel.Webhook };
        var due = await db.Deliveries.AsNoTracking().Where(IsDue(now)).Where(d => channels.Contains(d.Channel))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (0, false);
        }

        var (lease, until) = await ClaimAsync(due, cancellationToken);
        // By id first: the lease alone has no index, and the log grows by thousands of rows a day.
        var claimed = await db.Deliveries.AsNoTracking().Where(d => due.Contains(d.Id) && d.LeaseId == lease).OrderBy(d => d.NextAttemptAt).ToListAsync(cancellationToken);
        var settled = 0;
        try
        {
            foreach (var delivery in claimed)
            {
                if (clock.GetUtcNow() >= until)
                {
                    break; // others may claim the rest now; sending one could send it twice
                }

                await SettleAsync(delivery, lease, await SendAsync(delivery, cancellationToken));
                settled++;
            }
        }
        finally
        {
            if (settled < claimed.Count)
            {
                await ReleaseAsync([.. claimed.Skip(settled).Select(d => d.Id)], lease);
            }
        }

        return (settled, due.Count == options.Value.BatchSize);
    }

    /// <summary>Leases those of <paramref name="ids"/> still due and free, counting the attempt; the UPDATE re-checks row by row.</summary>
    private async Task<(Guid Lease, DateTimeOffset Until)> ClaimAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToStoragePrecision();
        var lease = Guid.CreateVersion7(now);
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        await db.Deliveries.Where(d => ids.Contains(d.Id)).Where(IsDue(now)).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.LeaseId, lease)
            .SetProperty(d => d.LeasedUntil, until)
            .SetProperty(d => d.Attempts, d => d.Attempts + 1), cancellationToken);
        return (lease, until);
    }

    private static Expression<Func<Delivery, bool>> IsDue(DateTimeOffset now) =>
        d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeasedUntil == null || d.LeasedUntil <= now);

    private async Task<DeliveryFailure?> SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            if (delivery.Channel == NotificationChannel.Email)
            {
                await email.SendAsync(delivery, await AttachmentAsync(delivery, cancellationToken), cancellationToken);
            }
            else
            {
                var webhook = await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == delivery.RecipientOrganisationId, cancellationToken);
                if (webhook is not { Enabled: true })
                {
                    return new DeliveryFailure("the organisation's webhook was removed or switched off", permanent: true);
                }

                await webhooks.SendAsync(webhook, delivery.Subject, delivery.Body, delivery.Link, cancellationToken);
            }

            return null;
        }
        catch (DeliveryFailure failure)
        {
            logger.LogWarning("Delivery {DeliveryId} ({Channel}) failed, attempt {Attempt}: {Error}", delivery.Id, delivery.Channel, delivery.Attempts, failure.Message);
            return failure;
        }
    }

    /// <summary>
    /// The file a reminder's source attaches to its e-mails (a course's calendar): only sources that
    /// attach are asked, once per reminder and run, so the usual mail costs no look-up.
    /// </summary>
    private async Task<ReminderAttachment?> AttachmentAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        if (!_sources.TryGetValue(delivery.RuleId, out var source))
        {
            var @event = await db.Rules.AsNoTracking().Where(r => r.Id == delivery.RuleId).Select(r => r.Event).FirstOrDefaultAsync(cancellationToken);
            source = _sources[delivery.RuleId] = @event is null ? null : sources.Find(@event);
        }

        if (source is not { Attaches: true } || delivery.ReminderId is not { } reminderId)
        {
            return null;
        }

        if (!_attachments.TryGetValue(reminderId, out var attachment))
        {
            var subject = await db.Reminders.AsNoTracking().Where(r => r.Id == reminderId).Select(r => r.SubjectKey).FirstAsync(cancellationToken);
            attachment = _attachments[reminderId] = await source.AttachAsync(subject, cancellationToken);
        }

        return attachment;
    }

    /// <summary>Records the outcome, unless the lease was lost meanwhile. Not cancellable: a sent mail must not be sent again for want of this row.</summary>
    private async Task SettleAsync(Delivery delivery, Guid lease, DeliveryFailure? failure)
    {
        var now = clock.GetUtcNow().ToStoragePrecision();
        var mine = db.Deliveries.Where(d => d.Id == delivery.Id && d.LeaseId == lease);
        if (failure is null)
        {
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Sent)
                .SetProperty(d => d.SentAt, now)
                .SetProperty(d => d.LastError, (string?)null)
                .SetProperty(d => d.LeaseId, (Guid?)null)
                .SetProperty(d => d.LeasedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return;
        }

        var attempts = delivery.Attempts; // counted by the claim
        var status = failure.Permanent ? DeliveryStatus.Bounced
            : attempts >= options.Value.MaxAttempts ? DeliveryStatus.Dead
            : DeliveryStatus.Pending;
        var error = failure.Message.Length <= Delivery.ErrorMaxLength ? failure.Message : failure.Message[..(Delivery.ErrorMaxLength - 1)] + "…";
        await mine.ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.NextAttemptAt, now + BackOff(attempts))
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.LeaseId, (Guid?)null)
            .SetProperty(d => d.LeasedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <summary>Gives back claimed deliveries not started, uncounted, for the next run.</summary>
    private Task ReleaseAsync(List<Guid> ids, Guid lease) =>
        db.Deliveries.Where(d => ids.Contains(d.Id) && d.LeaseId == lease).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Attempts, d => d.Attempts - 1)
            .SetProperty(d => d.LeaseId, (Guid?)null)
            .SetProperty(d => d.LeasedUntil, (DateTimeOffset?)null), CancellationToken.None);
}
