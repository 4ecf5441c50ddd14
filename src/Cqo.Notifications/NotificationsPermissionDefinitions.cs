using Cqo.Notifications.Contracts;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Security;

namespace Cqo.Notifications;

internal sealed class NotificationsPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup("Notifications");
        group.Add(NotificationPermissions.Rules, StandardRoles.PlatformAdmin);
        group.Add(NotificationPermissions.Deliveries, StandardRoles.PlatformAdmin);
        group.Add(NotificationPermissions.Webhooks, [StandardRoles.EnterpriseAdmin, StandardRoles.ProviderAdmin]);
    }
}
