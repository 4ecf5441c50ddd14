using System.Buffers.Binary;

namespace Cqo.Benchmarks.Training;

/// <summary>
/// Deterministic ids: version 7 layout with a fixed timestamp and a counter, so ids ascend in insertion order (the
/// primary key appends, as for ids made by <c>Guid.CreateVersion7</c> one after another), and version 4 ids drawn
/// from the seeded random (accounts and staff records that live elsewhere).
/// </summary>
internal sealed class GeneratedIds(Random random, DateTimeOffset at)
{
    private readonly long _milliseconds = at.ToUnixTimeMilliseconds();
    private long _counter;

    /// <summary>The next ascending id.</summary>
    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, _milliseconds << 16);
        BinaryPrimitives.WriteInt64BigEndian(bytes[8..], ++_counter);
        bytes[6] = 0x70;
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A random (version 4) id from the seeded sequence.</summary>
    public Guid Random()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
