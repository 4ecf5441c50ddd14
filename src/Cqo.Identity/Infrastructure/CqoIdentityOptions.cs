namespace Cqo.Identity.Infrastructure;

/// <summary>Settings of the <c>Identity</c> configuration section.</summary>
internal sealed class CqoIdentityOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// How long a host keeps a caller's effective grants. A change made on this host takes effect at
    /// once; other hosts sharing the database see it within this time.
    /// </summary>
    public int PermissionCacheSeconds { get; set; } = 60;

    /// <summary>
    /// How long a host trusts that an access token it checked is still valid before checking the
    /// token store again, and reuses the claims it read when it verified the token's signature. A
    /// revocation on this host takes effect at once; other hosts see it within this time. 0 checks
    /// both on every request.
    /// </summary>
    public int TokenCheckCacheSeconds { get; set; } = 5;

    /// <summary>The platform administrator's first password; required outside Development and Testing.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Whether OAuth endpoints refuse plain HTTP (behind a TLS proxy, forwarded headers make it HTTPS).</summary>
    public bool RequireHttps { get; set; } = true;

    public int AccessTokenMinutes { get; set; } = 15;

    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>Redirect URIs of the <c>cqo-spa</c> public client.</summary>
    public List<string> SpaRedirectUris { get; set; } = [];

    public CertificateOptions SigningCertificate { get; set; } = new();

    public CertificateOptions EncryptionCertificate { get; set; } = new();
}

/// <summary>A PFX file, or its bytes in base64, with its password.</summary>
internal sealed class CertificateOptions
{
    public string? Path { get; set; }

    public string? Base64 { get; set; }

    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Path) || !string.IsNullOrWhiteSpace(Base64);
}
