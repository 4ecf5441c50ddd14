using Cqo.Host.Components.Registry;

namespace Cqo.Host.Components.Notifications;

/// <summary>The registry components' helpers (a scope per call, permission checks, conflicts), with texts under <c>Ui:Notifications.*</c>.</summary>
public abstract class NotificationsComponentBase : RegistryComponentBase
{
    protected override string TextPrefix => "Ui:Notifications.";
}
