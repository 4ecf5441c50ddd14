using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Cqo.Benchmarks.Infrastructure;

/// <summary>
/// What Cqo.Host refuses to start without outside Development: token certificates and personal data
/// keys. Generated once per benchmark run and shared by every host started in it, and by the data
/// generator, which must encrypt and hash ID numbers exactly as the host would.
/// </summary>
internal static class ProductionSecrets
{
    public const string PersonalDataKeyId = "k1";

    private const string CertificatePassword = "bench";

    private static readonly Lazy<string> s_signingCertificate = new(() => SelfSignedPfx("CN=cqo-bench-signing"));
    private static readonly Lazy<string> s_encryptionCertificate = new(() => SelfSignedPfx("CN=cqo-bench-encryption"));

    /// <summary>Base64 of the 32-byte AES key <see cref="PersonalDataKeyId"/>.</summary>
    public static string PersonalDataKey { get; } = RandomKey();

    /// <summary>Base64 of the HMAC key of ID number hashes.</summary>
    public static string PersonalDataHashKey { get; } = RandomKey();

    /// <summary>Adds the host's certificate and key settings, as environment variables, to <paramref name="environment"/>.</summary>
    public static Dictionary<string, string> AddTo(Dictionary<string, string> environment)
    {
        environment["Identity__AdminPassword"] = "Bench@2026cqo";
        environment["Identity__SigningCertificate__Base64"] = s_signingCertificate.Value;
        environment["Identity__SigningCertificate__Password"] = CertificatePassword;
        environment["Identity__EncryptionCertificate__Base64"] = s_encryptionCertificate.Value;
        environment["Identity__EncryptionCertificate__Password"] = CertificatePassword;
        environment["PersonalData__CurrentKeyId"] = PersonalDataKeyId;
        environment[$"PersonalData__Keys__{PersonalDataKeyId}"] = PersonalDataKey;
        environment["PersonalData__HashKey"] = PersonalDataHashKey;
        return environment;
    }

    private static string RandomKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static string SelfSignedPfx(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }
}
