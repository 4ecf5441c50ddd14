using Cqo.SharedKernel.Errors;

namespace Cqo.Platform.Files;

/// <summary>
/// An uploaded document that passed <see cref="DocumentUploads.ReadAsync"/>: its bytes in memory (positioned at the
/// start), and the extension and content type its first bytes show.
/// </summary>
public sealed class CheckedDocument(MemoryStream content, string extension, string contentType) : IDisposable
{
    public MemoryStream Content { get; } = content;

    /// <summary><c>.pdf</c>, <c>.jpg</c> or <c>.png</c>.</summary>
    public string Extension { get; } = extension;

    public string ContentType { get; } = contentType;

    public long Length => Content.Length;

    /// <summary>The client's file name without any folder part, within <paramref name="maxLength"/>, with the extension its content has.</summary>
    public string SafeName(string fileName, int maxLength, string fallback) =>
        Path.GetFileNameWithoutExtension(Uploads.SafeFileName(fileName, maxLength - Extension.Length, fallback)) + Extension;

    public void Dispose() => Content.Dispose();
}

/// <summary>
/// Documents users attach as proof (an appointment letter, evidence of training): PDF, JPEG or PNG, as read from
/// their first bytes, not from their name or the client's content type, and no larger than the caller allows.
/// </summary>
public static class DocumentUploads
{
    private static readonly Dictionary<FileKind, (string Extension, string ContentType)> s_accepted = new()
    {
        [FileKind.Pdf] = (".pdf", "application/pdf"),
        [FileKind.Jpeg] = (".jpg", "image/jpeg"),
        [FileKind.Png] = (".png", "image/png"),
    };

    /// <summary>
    /// Reads the upload into memory. Refused under <paramref name="field"/> with <paramref name="tooLarge"/> when the declared
    /// length is 0 or over <paramref name="maxBytes"/> (checked before reading) or the content turns out longer, and with
    /// <paramref name="wrongType"/> when it is not a PDF, JPEG or PNG.
    /// </summary>
    public static async Task<CheckedDocument> ReadAsync(
        Stream content, long declaredLength, long maxBytes, string field, ErrorMessage tooLarge, ErrorMessage wrongType, CancellationToken cancellationToken)
    {
        if (declaredLength <= 0 || declaredLength > maxBytes)
        {
            throw new FieldValidationException(field, tooLarge);
        }

        var buffer = new MemoryStream();
        try
        {
            if (!await Uploads.CopyAtMostAsync(content, buffer, maxBytes, cancellationToken))
            {
                throw new FieldValidationException(field, tooLarge); // the declared length lied
            }

            var kind = FileSignatures.Detect(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, FileSignatures.HeadLength)));
            if (!s_accepted.TryGetValue(kind, out var type))
            {
                throw new FieldValidationException(field, wrongType);
            }

            buffer.Position = 0;
            return new CheckedDocument(buffer, type.Extension, type.ContentType);
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
    }
}
