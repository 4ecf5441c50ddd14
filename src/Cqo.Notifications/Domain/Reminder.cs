using Cqo.SharedKernel.Domain;

namespace Cqo.Notifications.Domain;

/// <summary>
/// That a rule's reminder about one subject on one occasion has been sent. Unique on
/// (<see cref="RuleId"/>, <see cref="SubjectKey"/>, <see cref="Occurrence"/>): of two hosts or two
/// retries that find the same reminder due, only one stores it and its deliveries.
/// </summary>
internal sealed class Reminder(Guid id, Guid ruleId, string subjectKey, string occurrence, DateOnly dueOn, DateTimeOffset createdAt)
    : Entity(id), IAuditIgnored
{
    public Guid RuleId { get; private set; } = ruleId;

    public string SubjectKey { get; private set; } = subjectKey;

    public string Occurrence { get; private set; } = occurrence;

    /// <summary>The day it was due (Asia/Shanghai); a caught-up reminder is created after it.</summary>
    public DateOnly DueOn { get; private set; } = dueOn;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
