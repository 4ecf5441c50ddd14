using System.Security.Cryptography;

namespace Cqo.Certification.Application.Credentials;

/// <summary>Reads an EC P-256 private key from PEM, refusing anything ES256 cannot sign with.</summary>
internal static class SigningKeyPem
{
    private const string P256Oid = "1.2.840.10045.3.1.7";

    /// <summary>The key, or null with why not; the message never repeats the PEM, which is a secret.</summary>
    public static ECDsa? TryLoad(string? pem, out string? problem)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            problem = "is empty";
            return null;
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            problem = Check(key);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            problem = "is not a readable unencrypted PEM private key (PKCS#8 \"PRIVATE KEY\" or SEC1 \"EC PRIVATE KEY\")";
        }

        if (problem is null)
        {
            return key;
        }

        key.Dispose();
        return null;
    }

    private static string? Check(ECDsa key)
    {
        // A public key imports as well, and another 256-bit curve has the same key size: ask for the
        // private scalar and the named curve itself.
        var parameters = key.ExportParameters(includePrivateParameters: true);
        CryptographicOperations.ZeroMemory(parameters.D);
        return parameters.Curve.IsNamed && parameters.Curve.Oid.Value == P256Oid
            ? null
            : "is not on the P-256 curve (ES256 needs NIST P-256, also called secp256r1 or prime256v1)";
    }
}
