using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Security;

/// <summary>
/// Encrypts personal data (ID numbers) for storage, and hashes it for look-ups and de-duplication,
/// since an encrypted column can be neither searched nor made unique.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string Version = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly string _currentKeyId;
    private readonly FrozenDictionary<string, byte[]> _keys;
    private readonly byte[] _hashKey;

    public PersonalDataProtector(IOptions<PersonalDataOptions> options)
    {
        var settings = options.Value;
        _keys = settings.Keys.ToFrozenDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal);
        _currentKeyId = settings.CurrentKeyId is { } id && _keys.ContainsKey(id)
            ? id
            : throw new InvalidOperationException(PersonalDataOptions.KeysMissing);
        _hashKey = PersonalDataOptions.Decode(settings.HashKey) ?? throw new InvalidOperationException(PersonalDataOptions.HashKeyInvalid);
    }

    /// <summary>AES-256-GCM under the current key: <c>v1:&lt;keyId&gt;:&lt;base64(nonce|ciphertext|tag)&gt;</c>.</summary>
    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var payload = new byte[NonceSize + plain.Length + TagSize];
        var nonce = payload.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[_currentKeyId], TagSize);
        aes.Encrypt(nonce, plain, payload.AsSpan(NonceSize, plain.Length), payload.AsSpan(NonceSize + plain.Length), Header(_currentKeyId));
        return $"{Version}:{_currentKeyId}:{Convert.ToBase64String(payload)}";
    }

    /// <summary>The plaintext, under whichever listed key protected it.</summary>
    /// <exception cref="CryptographicException">The value is malformed, its key is not configured, or it was altered.</exception>
    public string Unprotect(string protectedValue)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        var parts = protectedValue.Split(':', 3);
        if (parts is not [Version, var keyId, var body])
        {
            throw new CryptographicException($"Not a protected value of version {Version}.");
        }

        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"Personal data key '{keyId}' is not configured in PersonalData:Keys.");
        }

        var payload = PersonalDataOptions.Decode(body);
        if (payload is null || payload.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The protected value is malformed.");
        }

        var plain = new byte[payload.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        // Throws AuthenticationTagMismatchException, a CryptographicException, when anything was altered.
        aes.Decrypt(payload.AsSpan(0, NonceSize), payload.AsSpan(NonceSize, plain.Length), payload.AsSpan(NonceSize + plain.Length), plain, Header(keyId));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>
    /// HMAC-SHA256 as lowercase hex: equal inputs give equal hashes, so a unique index finds duplicates
    /// without storing the plaintext. Normalize first (e.g. upper-case the check character).
    /// </summary>
    public string Hash(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(normalized)));
    }

    // Authenticated with the ciphertext, so the version and key id in front cannot be swapped unnoticed.
    private static byte[] Header(string keyId) => Encoding.UTF8.GetBytes($"{Version}:{keyId}");
}
