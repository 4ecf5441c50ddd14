using Cqo.Notifications.Contracts;
using Cqo.SharedKernel.Domain;

namespace Cqo.Notifications.Domain;

/// <summary>
/// One message of a reminder on one channel to one recipient (an account, or an organisation's
/// group chat), rendered when the reminder was recorded. E-mail and webhook deliveries wait as
/// <see cref="DeliveryStatus.Pending"/> for the dispatcher, which leases them so hosts never send
/// one at the same time; inbox deliveries are the inbox itself, sent when stored.
/// </summary>
internal sealed class Delivery : Entity, IAuditIgnored
{
    public const int ErrorMaxLength = 1000;

    public Delivery(Guid id, Guid ruleId, Guid? reminderId, NotificationChannel channel, DeliveryRecipient recipient, RenderedMessage message, DateTimeOffset now)
        : base(id)
    {
        RuleId = ruleId;
        ReminderId = reminderId;
        Channel = channel;
        RecipientUserId = recipient.UserId;
        RecipientOrganisationId = recipient.OrganisationId;
        RecipientName = recipient.Name;
        Address = recipient.Address;
        Culture = message.Culture;
        Subject = message.Subject;
        Body = message.Body;
        Link = message.Link;
        CreatedAt = now;
        NextAttemptAt = now;
        if (channel == NotificationChannel.Inbox)
        {
            Status = DeliveryStatus.Sent;
            SentAt = now;
        }
    }

    private Delivery() { }

    public Guid RuleId { get; private set; }

    /// <summary>The reminder it belongs to; a resend belongs to the same one.</summary>
    public Guid? ReminderId { get; private set; }

    public NotificationChannel Channel { get; private set; }

    public Guid? RecipientUserId { get; private set; }

    public Guid? RecipientOrganisationId { get; private set; }

    public string RecipientName { get; private set; } = "";

    /// <summary>The e-mail address or webhook kind at the time of recording.</summary>
    public string? Address { get; private set; }

    public string Culture { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string Link { get; private set; } = "";

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public Guid? LeaseId { get; private set; }

    public DateTimeOffset? LeasedUntil { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>When the recipient read it in the inbox.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>The delivery this one sends again, by an administrator's hand.</summary>
    public Guid? ResendOfId { get; private set; }

    public static Delivery Skipped(Guid id, Guid ruleId, Guid reminderId, NotificationChannel channel, DeliveryRecipient recipient, RenderedMessage message, DateTimeOffset now, string reason)
    {
        var delivery = new Delivery(id, ruleId, reminderId, channel, recipient, message, now)
        {
            Status = DeliveryStatus.Skipped,
            SentAt = null,
        };
        delivery.LastError = reason;
        return delivery;
    }

    /// <summary>The same message again, as a new delivery (the old one keeps its outcome).</summary>
    public Delivery Resend(Guid id, DateTimeOffset now)
    {
        var copy = new Delivery(id, RuleId, ReminderId, Channel, new DeliveryRecipient(RecipientUserId, RecipientOrganisationId, RecipientName, Address),
            new RenderedMessage(Culture, Subject, Body, Link), now)
        {
            ResendOfId = Id,
        };
        return copy;
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

/// <summary>Who a delivery goes to: an account (by e-mail or inbox) or an organisation (its group chat).</summary>
internal sealed record DeliveryRecipient(Guid? UserId, Guid? OrganisationId, string Name, string? Address);

/// <summary>A template rendered for one recipient's language.</summary>
internal sealed record RenderedMessage(string Culture, string Subject, string Body, string Link);
