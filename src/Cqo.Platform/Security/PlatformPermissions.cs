namespace Cqo.Platform.Security;

/// <summary>Permission names of the platform itself.</summary>
public static class PlatformPermissions
{
    /// <summary>Open the job dashboard at <c>/jobs</c> (platform administrators).</summary>
    public const string Jobs = "Platform.Jobs";
}
