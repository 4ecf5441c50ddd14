using System.Buffers.Binary;

namespace Cqo.Certification.Application.Documents;

/// <summary>
/// Turns the first face of a TrueType collection (.ttc) into a standalone font file: PDFsharp reads
/// only single fonts, and the one CJK font on the servers (WenQuanYi Micro Hei) ships as a collection.
/// </summary>
internal static class TrueTypeCollection
{
    private const uint CollectionTag = 0x74746366; // "ttcf"
    private const uint TrueTypeVersion = 0x00010000;
    private const uint AppleTrueTypeTag = 0x74727565; // "true"
    private const uint OpenTypeTag = 0x4F54544F; // "OTTO"
    private const uint HeadTag = 0x68656164; // "head"
    private const int OffsetTableSize = 12;
    private const int TableRecordSize = 16;

    public static bool IsCollection(ReadOnlySpan<byte> font) => font.Length >= 4 && BinaryPrimitives.ReadUInt32BigEndian(font) == CollectionTag;

    /// <summary>The first face as a font file of its own; a single font comes back as it is.</summary>
    public static byte[] FirstFace(byte[] font)
    {
        if (!IsCollection(font))
        {
            Require(font.Length >= OffsetTableSize && BinaryPrimitives.ReadUInt32BigEndian(font) is TrueTypeVersion or AppleTrueTypeTag or OpenTypeTag, "neither a font nor a font collection");
            return font;
        }

        // TTC header: tag, version, numFonts, then one offset per font to its table directory.
        Require(font.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(8)) > 0, "no fonts in the collection");
        var offset = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12));
        Require(offset + (long)OffsetTableSize <= font.Length, "face offset out of range");
        var directory = (int)offset;
        Require(BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(directory)) is TrueTypeVersion or AppleTrueTypeTag or OpenTypeTag, "the first face is not a font");
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(directory + 4));
        var headerSize = OffsetTableSize + (tables * TableRecordSize);
        Require(tables > 0 && directory + headerSize <= font.Length, "table directory out of range");

        // Table offsets in a collection count from the start of the collection; a standalone font
        // counts from its own start, and every table starts on a 4-byte boundary.
        var records = new (int Offset, int Length)[tables];
        long size = headerSize;
        for (var i = 0; i < tables; i++)
        {
            var record = font.AsSpan(directory + OffsetTableSize + (i * TableRecordSize));
            var start = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            Require((long)start + length <= font.Length, "table out of range");
            records[i] = ((int)start, (int)length);
            size += Align4((int)length);
        }

        Require(size <= Array.MaxLength, "tables too large");
        var face = new byte[size];
        font.AsSpan(directory, headerSize).CopyTo(face);
        var position = headerSize;
        var head = -1;
        for (var i = 0; i < tables; i++)
        {
            var record = face.AsSpan(OffsetTableSize + (i * TableRecordSize));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)position);
            font.AsSpan(records[i].Offset, records[i].Length).CopyTo(face.AsSpan(position));
            if (BinaryPrimitives.ReadUInt32BigEndian(record) == HeadTag && records[i].Length >= 12)
            {
                head = position;
            }

            position += Align4(records[i].Length);
        }

        if (head >= 0)
        {
            FixCheckSumAdjustment(face, head);
        }

        return face;
    }

    /// <summary>The whole-file checksum in <c>head</c> refers to the file it sits in, which is now a new one.</summary>
    private static void FixCheckSumAdjustment(byte[] face, int head)
    {
        var adjustment = face.AsSpan(head + 8, 4);
        adjustment.Clear();
        uint sum = 0;
        for (var i = 0; i < face.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(face.AsSpan(i)));
        }

        BinaryPrimitives.WriteUInt32BigEndian(adjustment, unchecked(0xB1B0AFBA - sum));
    }

    private static int Align4(int length) => (int)((length + 3L) & ~3L);

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"Not a readable TrueType font: {problem}.");
        }
    }
}
