using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.Notifications.Jobs;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Jobs;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Notifications.Application.Log;

/// <summary>Filters over the delivery log.</summary>
internal sealed record DeliveryFilter(
    Guid? RuleId = null,
    NotificationChannel? Channel = null,
    DeliveryStatus? Status = null,
    string? Recipient = null,
    DateOnly? From = null,
    DateOnly? To = null);

/// <summary>Every delivery on every channel, for the platform's administrators: search, filters, and sending one again.</summary>
internal sealed class DeliveryLog(NotificationsDbContext db, IJobQueue jobs, TimeProvider clock)
{
    private static readonly SortMap<Delivery> s_sort = new SortMap<Delivery>("-createdAt", d => d.Id)
        .Add("createdAt", d => d.CreatedAt)
        .Add("sentAt", d => d.SentAt)
        .Add("attempts", d => d.Attempts)
        .Add("status", d => d.Status)
        .Add("recipientName", d => d.RecipientName);

    public Task<PagedResult<DeliveryDto>> ListAsync(DeliveryFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var deliveries = db.Deliveries.AsNoTracking();
        if (filter.RuleId is { } rule)
        {
            deliveries = deliveries.Where(d => d.RuleId == rule);
        }

        if (filter.Channel is { } channel)
        {
            deliveries = deliveries.Where(d => d.Channel == channel);
        }

        if (filter.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Recipient))
        {
            var term = filter.Recipient.Trim();
            deliveries = deliveries.Where(d => d.RecipientName.StartsWith(term) || (d.Address != null && d.Address.StartsWith(term)));
        }

        if (filter.From is { } from)
        {
            var start = from.StartOfShanghaiDay();
            deliveries = deliveries.Where(d => d.CreatedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).StartOfShanghaiDay();
            deliveries = deliveries.Where(d => d.CreatedAt < end);
        }

        return deliveries.ToPageAsync(s_sort, page, d => new DeliveryDto(
            d.Id, d.RuleId, db.Rules.Where(r => r.Id == d.RuleId).Select(r => r.Key).FirstOrDefault() ?? "", d.Channel,
            d.RecipientUserId, d.RecipientOrganisationId, d.RecipientName, d.Address, d.Subject, d.Status, d.Attempts, d.LastError,
            d.CreatedAt, d.SentAt, d.NextAttemptAt, d.ResendOfId), cancellationToken);
    }

    /// <summary>Sends a delivery's message again as a new delivery; the old one keeps its outcome. Returns the new one's id.</summary>
    public async Task<Guid> ResendAsync(Guid id, CancellationToken cancellationToken)
    {
        var original = await db.Deliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException("Delivery", id);
        if (original.Status == DeliveryStatus.Pending)
        {
            throw new ConflictException("notifications.delivery_pending", new ErrorMessage("Notifications:DeliveryPending"));
        }

        if (original.Channel == NotificationChannel.Email && string.IsNullOrWhiteSpace(original.Address))
        {
            throw new BusinessRuleException("notifications.no_address", new ErrorMessage("Notifications:NoAddress"));
        }

        var now = clock.GetUtcNow().ToStoragePrecision();
        var copy = original.Resend(Guid.CreateVersion7(now), now);
        db.Deliveries.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        if (copy.Status == DeliveryStatus.Pending)
        {
            jobs.Enqueue<DispatchDeliveriesJob>(copy.Id);
        }

        return copy.Id;
    }
}
