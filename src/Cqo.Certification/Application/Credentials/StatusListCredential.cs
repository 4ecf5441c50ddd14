using System.Buffers.Text;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Cqo.Certification.Application.Credentials;

/// <summary>
/// The signed status lists (W3C Bitstring Status List v1.0): one bit per credential, set when the
/// credential is revoked (or suspended, in the other list). A verifier fetches the list a credential
/// names, checks its signature with the same published keys and reads the credential's bit.
/// </summary>
internal sealed class StatusListCredential(CredentialKeys keys, TimeProvider clock)
{
    /// <summary>
    /// 16 KB of bits, the spec's minimum: among that many credentials, fetching the list says
    /// nothing about which one a verifier is looking at.
    /// </summary>
    public const int MinimumLength = 131_072;

    // Far beyond any list this platform publishes; a verifier reading someone else's list stops
    // there rather than inflate a gzip bomb.
    private const int MaximumBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The status-list credential for <paramref name="purpose"/> as a compact JWS, with the bits of
    /// <paramref name="setIndexes"/> set. <paramref name="indexCount"/> is how many indexes have been
    /// handed out: the list must cover every one, set or not, or a verifier reads a range error.
    /// </summary>
    public string Issue(CredentialStatusPurpose purpose, IEnumerable<int> setIndexes, int indexCount, string baseUrl)
    {
        var issuerId = CredentialUrls.Issuer(baseUrl);
        var id = CredentialUrls.StatusList(baseUrl, purpose);
        var subjectId = $"{id}#list";
        var now = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(VerifiableCredentials.CredentialsContext),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = issuerId,
            ["validFrom"] = VerifiableCredentials.Stamp(now),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = subjectId,
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = purpose.ToWireName(),
                ["encodedList"] = Encode(setIndexes, indexCount),
            },
        };
        return CompactJws.Create(VerifiableCredentials.JwtPayload(credential, issuerId, id, subjectId, now, null), keys);
    }

    /// <summary>
    /// The <c>encodedList</c>: the bitstring, index 0 the most significant bit of the first byte,
    /// GZIP-compressed, then multibase base64url without padding (a leading <c>u</c>).
    /// </summary>
    public static string Encode(IEnumerable<int> setIndexes, int indexCount)
    {
        ArgumentNullException.ThrowIfNull(setIndexes);
        ArgumentOutOfRangeException.ThrowIfNegative(indexCount);
        var indexes = setIndexes.ToList();
        if (indexes.Any(i => i < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(setIndexes), "A status-list index is never negative.");
        }

        // Whole multiples of the minimum, so the length reveals no more than "fewer than so many".
        var needed = Math.Max(indexCount, indexes.Count == 0 ? 0 : indexes.Max() + 1);
        var bits = Math.Max(1, (needed + MinimumLength - 1) / MinimumLength) * MinimumLength;
        var bitstring = new byte[bits / 8];
        foreach (var index in indexes)
        {
            bitstring[index / 8] |= (byte)(0x80 >> (index % 8));
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bitstring);
        }

        return "u" + Base64Url.EncodeToString(compressed.ToArray());
    }

    /// <summary>
    /// Whether bit <paramref name="index"/> of an <c>encodedList</c> is set, as a verifier reads it.
    /// An index past the end of the list is an error, not a clear bit (the spec's RANGE_ERROR).
    /// </summary>
    public static bool IsSet(string encodedList, int index)
    {
        ArgumentNullException.ThrowIfNull(encodedList);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (!encodedList.StartsWith('u'))
        {
            throw new FormatException("An encodedList is multibase base64url and starts with 'u'.");
        }

        var bitstring = Decompress(Base64Url.DecodeFromChars(encodedList.AsSpan(1)));
        if (index / 8 >= bitstring.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The list holds {bitstring.Length * 8} entries.");
        }

        return (bitstring[index / 8] & (0x80 >> (index % 8))) != 0;
    }

    private static byte[] Decompress(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var bitstring = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            if (bitstring.Length + read > MaximumBytes)
            {
                throw new InvalidDataException($"An encodedList inflates beyond {MaximumBytes} bytes.");
            }

            bitstring.Write(buffer, 0, read);
        }

        return bitstring.ToArray();
    }
}
