using System.IO.Compression;

namespace Cqo.Certification.Application.Documents;

/// <summary>
/// Many certificates as one zip, a <c>{Number}.pdf</c> each. Every PDF is drawn, compressed and passed
/// on before the next is drawn, so a batch of thousands holds one PDF in memory at a time; the output
/// gets asynchronous writes only and is never asked to seek, so a response body will do.
/// </summary>
internal sealed class CertificateZip(CertificatePdf pdf)
{
    public async Task WriteAsync(Stream output, IAsyncEnumerable<CertificateDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(documents);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var pending = new PendingOutput();
        using (var zip = new ZipArchive(pending, ZipArchiveMode.Create, leaveOpen: true))
        {
            await foreach (var document in documents.WithCancellation(cancellationToken))
            {
                var bytes = pdf.Render(document);

                // A PDF is mostly compressed already: the fastest level gains what little there is to gain.
                var entry = zip.CreateEntry(EntryName(document.Number, names), CompressionLevel.Fastest);
                using (var stream = entry.Open())
                {
                    stream.Write(bytes);
                }

                await pending.PassOnAsync(output, cancellationToken);
            }
        }

        // Closing the archive wrote its central directory.
        await pending.PassOnAsync(output, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// The number as a file name every system accepts; the same certificate twice in one batch gets
    /// a second name, as an unzip tool would stop at a repeated one.
    /// </summary>
    private static string EntryName(string number, HashSet<string> taken)
    {
        // What Windows forbids in a file name, the strictest of the systems the zip is opened on.
        var stem = string.Concat(number.Trim().Select(c => char.IsControl(c) || "\\/:*?\"<>|".Contains(c) ? '_' : c));
        stem = stem.Length == 0 ? "certificate" : stem;
        var name = $"{stem}.pdf";
        for (var copy = 2; !taken.Add(name); copy++)
        {
            name = $"{stem} ({copy}).pdf";
        }

        return name;
    }
}
