using System.IO.Compression;
using Cqo.Platform.Files;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Errors;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// What an uploaded file is, by its name and its bytes together: an .xlsx must be a zip holding a
/// workbook whose unpacked size is sane (no zip bomb); a .csv must be text (no NUL bytes, which also
/// turns away UTF-16). Anything else, including the old binary .xls, is refused naming the field.
/// </summary>
internal static class ImportFileCheck
{
    private const int TextSniffLength = 8192;

    /// <summary>How much larger than the upload limit the unpacked parts of a workbook may be.</summary>
    private const long MaxExpansion = 20;

    public static ImportFormat Detect(Stream file, string fileName, long maxBytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var head = new byte[TextSniffLength];
        file.Position = 0;
        var length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        var kind = FileSignatures.Detect(head.AsSpan(0, Math.Min(length, FileSignatures.HeadLength)));

        if (extension == ".xlsx" && kind == FileKind.Zip && IsWorkbook(file, maxBytes * MaxExpansion))
        {
            return ImportFormat.Xlsx;
        }

        if (extension == ".csv" && kind == FileKind.Unknown && !head.AsSpan(0, length).Contains((byte)0))
        {
            return ImportFormat.Csv;
        }

        throw new FieldValidationException("file", new ErrorMessage("Registry:Import.FileType"));
    }

    private static bool IsWorkbook(Stream file, long maxUnpacked)
    {
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var unpacked = zip.Entries.Sum(e => e.Length);
            if (unpacked > maxUnpacked)
            {
                throw new FieldValidationException("file", new ErrorMessage("Registry:Import.FileUnpackedTooLarge"));
            }

            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            file.Position = 0;
        }
    }
}
