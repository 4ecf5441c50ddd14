using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Certification.Application.Credentials;

/// <summary>
/// The keys credentials are signed with (ES256): the first configured key signs, all are published
/// as a JSON Web Key Set so a verifier needs nothing else. With none configured, a development key
/// kept in a file stands in.
/// </summary>
internal sealed class CredentialKeys : IDisposable
{
    public const string Algorithm = "ES256";

    private readonly List<SigningKey> _keys = [];

    // ECDsa promises no thread safety; signing is short, so one signature at a time.
    private readonly Lock _signing = new();

    public CredentialKeys(IOptions<SigningOptions> options, IHostEnvironment environment, ILogger<CredentialKeys> logger)
    {
        var configured = options.Value;
        for (var i = 0; i < configured.Keys.Count; i++)
        {
            var key = configured.Keys[i];
            _keys.Add(new SigningKey(key.KeyId, Load(key.PrivateKeyPem, $"{SigningOptions.Section}:Keys:{i}:PrivateKeyPem")));
        }

        if (_keys.Count == 0)
        {
            var path = Path.GetFullPath(configured.DevelopmentKeyPath, environment.ContentRootPath);
            var key = Load(DevelopmentKey.LoadOrCreate(path), $"{SigningOptions.Section}:DevelopmentKeyPath ({path})");
            _keys.Add(new SigningKey($"dev-{Thumbprint(key)[..16]}", key));
            logger.LogWarning(
                "Verifiable credentials are signed with the development key in {Path}; production must configure {Section}:Keys",
                path, SigningOptions.Section);
        }
    }

    /// <summary>The <c>kid</c> of the key that signs.</summary>
    public string SigningKeyId => _keys[0].Id;

    /// <summary>The ES256 signature of a JWS signing input: r‖s, 64 bytes (IEEE P1363), as JWS wants it.</summary>
    public byte[] Sign(ReadOnlySpan<byte> signingInput)
    {
        lock (_signing)
        {
            return _keys[0].Key.SignData(signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
    }

    /// <summary>The public keys as a JSON Web Key Set (RFC 7517), signing key first; a fresh object each call.</summary>
    public JsonObject JsonWebKeySet() => new() { ["keys"] = new JsonArray([.. _keys.Select(k => PublicJwk(k.Id, k.Key))]) };

    public void Dispose()
    {
        foreach (var key in _keys)
        {
            key.Key.Dispose();
        }
    }

    private static ECDsa Load(string pem, string setting) =>
        SigningKeyPem.TryLoad(pem, out var problem) ?? throw new InvalidOperationException($"{setting} {problem}.");

    private static JsonObject PublicJwk(string id, ECDsa key)
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        return new JsonObject
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64Url.EncodeToString(point.X),
            ["y"] = Base64Url.EncodeToString(point.Y),
            ["kid"] = id,
            ["use"] = "sig",
            ["alg"] = Algorithm,
        };
    }

    /// <summary>The RFC 7638 thumbprint: a development key's id follows from the key, so hosts sharing it agree.</summary>
    private static string Thumbprint(ECDsa key)
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        var canonical = $$"""{"crv":"P-256","kty":"EC","x":"{{Base64Url.EncodeToString(point.X)}}","y":"{{Base64Url.EncodeToString(point.Y)}}"}""";
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private sealed record SigningKey(string Id, ECDsa Key);
}
