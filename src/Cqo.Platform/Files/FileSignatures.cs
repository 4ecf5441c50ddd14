namespace Cqo.Platform.Files;

/// <summary>What a file is by its first bytes, whatever its name claims.</summary>
public enum FileKind
{
    Unknown,
    Pdf,
    Jpeg,
    Png,

    /// <summary>Also the container of .docx and .xlsx documents.</summary>
    Zip,
}

/// <summary>
/// Magic numbers of the documents users may upload. An upload's extension and content type are the
/// client's word; these bytes are checked before a file is accepted.
/// </summary>
public static class FileSignatures
{
    /// <summary>Bytes to read from the start of a file before calling <see cref="Detect"/>: the longest signature (PNG).</summary>
    public const int HeadLength = 8;

    // Properties over constant data: no allocation, and spans cannot be static fields.
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> ZipMagic => "PK\x03\x04"u8;

    public static FileKind Detect(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfMagic) ? FileKind.Pdf
        : head.StartsWith(JpegMagic) ? FileKind.Jpeg
        : head.StartsWith(PngMagic) ? FileKind.Png
        : head.StartsWith(ZipMagic) ? FileKind.Zip
        : FileKind.Unknown;
}
