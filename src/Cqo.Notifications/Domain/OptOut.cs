using Cqo.Notifications.Contracts;

namespace Cqo.Notifications.Domain;

/// <summary>
/// A channel an account or an organisation does not want, for one rule or (<see cref="AllRules"/>)
/// for all. Keyed by (owner, rule, channel), so opting out twice stores one row.
/// </summary>
internal sealed class OptOut(Guid ownerId, Guid ruleId, NotificationChannel channel, DateTimeOffset at)
{
    public static readonly Guid AllRules = Guid.Empty;

    /// <summary>The account or organisation.</summary>
    public Guid OwnerId { get; private set; } = ownerId;

    public Guid RuleId { get; private set; } = ruleId;

    public NotificationChannel Channel { get; private set; } = channel;

    public DateTimeOffset At { get; private set; } = at;
}
