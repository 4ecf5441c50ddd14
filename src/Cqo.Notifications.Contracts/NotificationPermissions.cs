namespace Cqo.Notifications.Contracts;

/// <summary>Permission names of the notifications module. The inbox and one's own preferences need only a signed-in account.</summary>
public static class NotificationPermissions
{
    /// <summary>Edit reminder rules and their templates, run them now and see the dry run (platform administrators).</summary>
    public const string Rules = "Notifications.Rules";

    /// <summary>See the delivery log of every channel and resend (platform administrators).</summary>
    public const string Deliveries = "Notifications.Deliveries";

    /// <summary>Set one's organisation's group-chat webhook (enterprise and provider administrators).</summary>
    public const string Webhooks = "Notifications.Webhooks";
}
