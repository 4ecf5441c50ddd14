namespace Cqo.Platform.Security;

/// <summary>The claim that carries a granted permission name.</summary>
public static class PermissionClaims
{
    public const string Type = "cqo:permission";
}
