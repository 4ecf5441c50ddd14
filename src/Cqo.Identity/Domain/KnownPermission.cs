namespace Cqo.Identity.Domain;

/// <summary>
/// A permission the seeder has already met. Default grants are given only when a permission first
/// appears, so an administrator's later revocation sticks.
/// </summary>
internal sealed class KnownPermission(string name, DateTimeOffset firstSeenAt)
{
    public string Name { get; private set; } = name;

    public DateTimeOffset FirstSeenAt { get; private set; } = firstSeenAt;
}
