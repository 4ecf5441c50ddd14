namespace Cqo.Certification.Application.Credentials;

/// <summary>
/// The <c>Certification:Signing</c> section: the keys that sign verifiable credentials. The first key
/// signs; every listed key is published, so a key rotated to second place still verifies what it
/// signed until it is removed.
/// </summary>
internal sealed class SigningOptions
{
    public const string Section = "Certification:Signing";

    /// <summary>Signing keys, newest first. None: a development key from <see cref="DevelopmentKeyPath"/>.</summary>
    public List<SigningKeyOptions> Keys { get; set; } = [];

    /// <summary>
    /// Where the development key is kept when no key is configured, relative to the host's content
    /// root unless absolute: one file, so restarts and several hosts on one machine sign alike.
    /// </summary>
    public string DevelopmentKeyPath { get; set; } = "data/credential-signing-dev.pem";
}

/// <summary>One signing key: its published id and its EC P-256 private key in PEM.</summary>
internal sealed class SigningKeyOptions
{
    /// <summary>The JWS <c>kid</c>; verifiers pick the published key by it, so it never changes for a key.</summary>
    public string KeyId { get; set; } = "";

    /// <summary>PKCS#8 (<c>PRIVATE KEY</c>) or SEC1 (<c>EC PRIVATE KEY</c>) PEM, unencrypted.</summary>
    public string PrivateKeyPem { get; set; } = "";
}
