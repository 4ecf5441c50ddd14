using Cqo.IntegrationTests.Infrastructure;

namespace Cqo.IntegrationTests.Notifications;

/// <summary>
/// A host of its own for the reminder walks: they move the clock by months, which the other
/// collections' date-sensitive tests must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NotificationsCollection : ICollectionFixture<CqoApp>
{
    public const string Name = "notifications";
}
