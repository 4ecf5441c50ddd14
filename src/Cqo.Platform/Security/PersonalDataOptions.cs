using System.Security.Cryptography;
using System.Text;

namespace Cqo.Platform.Security;

/// <summary>
/// The <c>PersonalData</c> section: keys protecting personal ID numbers at rest. Old keys stay listed
/// after <see cref="CurrentKeyId"/> moves on, so values they protected remain readable.
/// </summary>
public sealed class PersonalDataOptions
{
    public const string Section = "PersonalData";

    internal const string KeysMissing =
        "PersonalData:Keys must hold at least one key and PersonalData:CurrentKeyId must name one of them; "
        + "both are required outside Development and Testing (the host refuses to start without them).";

    internal const string KeysMalformed =
        "Every PersonalData:Keys entry must be a base64 32-byte AES-256 key, under an id of letters, digits, '-' or '_'.";

    internal const string HashKeyInvalid =
        "PersonalData:HashKey must be a base64 key of at least 32 bytes, different from every PersonalData:Keys entry; "
        + "it is required outside Development and Testing (the host refuses to start without it).";

    private const string DevelopmentKeyId = "dev";

    /// <summary>The key new values are protected with.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>Key id → base64 of a 32-byte key.</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>Base64 of the HMAC key for de-duplication hashes; never an encryption key.</summary>
    public string? HashKey { get; set; }

    internal bool HasCurrentKey => !string.IsNullOrEmpty(CurrentKeyId) && Keys.ContainsKey(CurrentKeyId);

    internal bool KeysAreWellFormed => Keys.All(k =>
        k.Key.Length > 0 && k.Key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && Decode(k.Value)?.Length == 32);

    internal bool HashKeyIsWellFormed => Decode(HashKey) is { Length: >= 32 } hashKey
        && !Keys.Values.Any(k => Decode(k) is { } key && key.AsSpan().SequenceEqual(hashKey));

    /// <summary>
    /// Fixed keys for Development and Testing, where nothing is configured: derived from constants so
    /// protected values survive a restart. They are public, hence never accepted elsewhere.
    /// </summary>
    internal void UseDevelopmentKeysWhereMissing()
    {
        if (Keys.Count == 0)
        {
            Keys[DevelopmentKeyId] = Derive("cqo-platform development personal-data encryption key");
            CurrentKeyId = string.IsNullOrEmpty(CurrentKeyId) ? DevelopmentKeyId : CurrentKeyId;
        }

        if (string.IsNullOrEmpty(HashKey))
        {
            HashKey = Derive("cqo-platform development personal-data hash key");
        }
    }

    internal static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length) ? bytes[..length] : null;
    }

    private static string Derive(string seed) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
}
