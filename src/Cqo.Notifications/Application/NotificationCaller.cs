using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;

namespace Cqo.Notifications.Application;

/// <summary>Who an inbox, a preference or a group chat belongs to: the caller's account, or the organisation it acts for.</summary>
internal static class NotificationCaller
{
    public static Guid AccountId(this ICurrentUser user) =>
        user.UserId ?? throw new BusinessRuleException("notifications.account_required", new ErrorMessage("Notifications:AccountRequired"));

    public static Guid OrganisationId(this ICurrentUser user) =>
        user.Scope.SeenOrganisationId ?? throw new BusinessRuleException("notifications.organisation_required", new ErrorMessage("Notifications:OrganisationRequired"));
}
