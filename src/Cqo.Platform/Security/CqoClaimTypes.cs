namespace Cqo.Platform.Security;

/// <summary>Claims the platform puts into cookies and access tokens.</summary>
public static class CqoClaimTypes
{
    /// <summary>The user id (a Guid) or, for a client acting for itself, the client id.</summary>
    public const string Subject = "sub";

    /// <summary>The OAuth client the token was issued to.</summary>
    public const string ClientId = "client_id";

    public const string Name = "name";

    public const string DisplayName = "cqo_display_name";

    public const string Role = "role";

    /// <summary>The caller's <see cref="Cqo.SharedKernel.Security.ScopeKind"/>.</summary>
    public const string ScopeKind = "cqo_scope";

    public const string OrganisationId = "cqo_org";

    public const string JurisdictionCode = "cqo_jurisdiction";
}
