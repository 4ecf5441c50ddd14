using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cqo.Platform.Auditing.Chain;

/// <summary>
/// The bytes a sealed record's hash covers, and the hash. Version 1, which anyone can recompute
/// outside this code (ADR 17):
/// <list type="bullet">
/// <item>A record is a list of fields, each written as one byte <c>0x00</c> when null, otherwise
/// <c>0x01</c>, its UTF-8 length as a 4-byte big-endian unsigned integer, then its UTF-8 bytes.</item>
/// <item>The fields, in order: <c>cqo-audit-chain/1</c>; the chain sequence (decimal); <c>change</c> or
/// <c>request</c>; the id (lower-case hyphenated GUID); the time in UTC as
/// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>; the user id (GUID, or null); the correlation id.
/// A change goes on with its entity type, entity key, kind (<c>Created</c>, <c>Updated</c>,
/// <c>Deleted</c>, <c>Viewed</c>) and changes (the JSON exactly as stored). A request goes on with its
/// method, path, status code (decimal), duration in milliseconds (decimal), IP address and user agent.</item>
/// <item>hash(n) = lower-case hex of SHA-256(bytes of hash(n-1) ‖ canonical form of record n), where
/// hash(0), and the hash before the first record, is 32 zero bytes; after pruning, the anchor's hash.</item>
/// </list>
/// The sequence is inside the hashed bytes, so moving a record to another place breaks its link too.
/// </summary>
internal static class AuditCanonicalForm
{
    public const string Version = "cqo-audit-chain/1";

    /// <summary>Characters of a hex SHA-256.</summary>
    public const int HashLength = 64;

    /// <summary>
    /// The hash of <paramref name="record"/> at <paramref name="sequence"/>, chained to
    /// <paramref name="previousHash"/>; empty when that is no hash (a tampered value), since nothing can link to it.
    /// </summary>
    public static string Link(string previousHash, ChainedRecord record, long sequence) =>
        IsHash(previousHash) ? Hash(previousHash, Of(record, sequence)) : "";

    /// <summary>Whether <paramref name="record"/>'s stored hash is what it should be after <paramref name="previousHash"/>.</summary>
    public static bool Links(string previousHash, ChainedRecord record) =>
        record is { Sequence: { } sequence, Hash: { } stored } && IsHash(stored) && string.Equals(Link(previousHash, record, sequence), stored, StringComparison.Ordinal);

    /// <summary>Lower-case hex of SHA-256(bytes of <paramref name="previousHash"/> ‖ <paramref name="canonical"/>).</summary>
    public static string Hash(string previousHash, ReadOnlySpan<byte> canonical)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Convert.FromHexString(previousHash));
        sha.AppendData(canonical);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The canonical bytes of <paramref name="record"/> at <paramref name="sequence"/>.</summary>
    public static byte[] Of(ChainedRecord record, long sequence)
    {
        var canonical = new ArrayBufferWriter<byte>(512);
        Write(canonical, record, sequence);
        return canonical.WrittenSpan.ToArray();
    }

    private static bool IsHash(string value) => value.Length == HashLength && value.All(char.IsAsciiHexDigitLower);

    private static void Write(ArrayBufferWriter<byte> output, ChainedRecord record, long sequence)
    {
        Field(output, Version);
        Field(output, sequence.ToString(CultureInfo.InvariantCulture));
        Field(output, record.Kind == AuditRecordKind.Change ? "change" : "request");
        Field(output, record.Id.ToString("D"));
        Field(output, record.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        Field(output, record.UserId?.ToString("D"));
        Field(output, record.CorrelationId);
        if (record.Kind == AuditRecordKind.Change)
        {
            Field(output, record.EntityType);
            Field(output, record.EntityKey);
            Field(output, record.ChangeKind);
            Field(output, record.Changes);
        }
        else
        {
            Field(output, record.Method);
            Field(output, record.Path);
            Field(output, record.StatusCode?.ToString(CultureInfo.InvariantCulture));
            Field(output, record.DurationMs?.ToString(CultureInfo.InvariantCulture));
            Field(output, record.IpAddress);
            Field(output, record.UserAgent);
        }
    }

    private static void Field(ArrayBufferWriter<byte> output, string? value)
    {
        if (value is null)
        {
            output.GetSpan(1)[0] = 0;
            output.Advance(1);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        var span = output.GetSpan(5 + length);
        span[0] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)length);
        Encoding.UTF8.GetBytes(value, span[5..]);
        output.Advance(5 + length);
    }
}
