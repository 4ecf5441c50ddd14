using Cqo.Platform.Files;
using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cqo.Registry.Application.Filings;

/// <summary>The uploaded appointment letter, as received: its stream, the client's file name and its declared length.</summary>
internal sealed record LetterUpload(Stream Content, string FileName, long Length, Guid ConcurrencyStamp);

/// <summary>
/// Stores the appointment letter outside the database. Its type is read from its first bytes, not
/// from its name or the client's content type: only PDF, JPEG and PNG are taken.
/// </summary>
internal sealed class UploadLetterHandler(
    RegistryDbContext db, IFileStore files, RegistryCaller caller, FilingReader reader, TimeProvider clock, IOptions<RegistryOptions> options)
{
    private static readonly Dictionary<FileKind, (string Extension, string ContentType)> s_accepted = new()
    {
        [FileKind.Pdf] = (".pdf", "application/pdf"),
        [FileKind.Jpeg] = (".jpg", "image/jpeg"),
        [FileKind.Png] = (".png", "image/png"),
    };

    public async Task<FilingDto> HandleAsync(Guid filingId, LetterUpload upload, CancellationToken cancellationToken)
    {
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == filingId, cancellationToken) ?? throw new NotFoundException("Filing", filingId);
        var maxBytes = options.Value.MaxLetterBytes;
        if (upload.Length <= 0 || upload.Length > maxBytes)
        {
            throw new FieldValidationException("file", new ErrorMessage("Registry:LetterSize", maxBytes / 1024 / 1024));
        }

        using var buffer = new MemoryStream();
        if (!await Uploads.CopyAtMostAsync(upload.Content, buffer, maxBytes, cancellationToken))
        {
            throw new FieldValidationException("file", new ErrorMessage("Registry:LetterSize", maxBytes / 1024 / 1024)); // the declared length lied
        }

        var kind = FileSignatures.Detect(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, FileSignatures.HeadLength)));
        if (!s_accepted.TryGetValue(kind, out var type))
        {
            throw new FieldValidationException("file", new ErrorMessage("Registry:LetterType"));
        }

        buffer.Position = 0;
        var key = await files.SaveAsync(buffer, type.Extension, cancellationToken);
        var previous = filing.Letter?.FileKey;
        try
        {
            db.ExpectConcurrencyStamp(filing, upload.ConcurrencyStamp);
            var now = clock.GetUtcNow();
            filing.AttachLetter(new FilingLetter(key, SafeName(upload.FileName, type.Extension), type.ContentType, buffer.Length, now), caller.Actor, now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None); // the filing still points at the previous letter
            throw;
        }

        if (previous is not null)
        {
            await files.DeleteAsync(previous, CancellationToken.None);
        }

        return await reader.GetAsync(filingId, cancellationToken);
    }

    /// <summary>The client's file name without any folder part, cut to the column, with the extension its content has.</summary>
    private static string SafeName(string fileName, string extension) =>
        Path.GetFileNameWithoutExtension(Uploads.SafeFileName(fileName, RegistryLimits.FileNameMaxLength - extension.Length, "letter")) + extension;
}

/// <summary>Settings of the registry (section <c>Registry</c>).</summary>
internal sealed class RegistryOptions
{
    public const string Section = "Registry";

    /// <summary>The largest appointment letter taken, in bytes (default 10 MiB).</summary>
    public long MaxLetterBytes { get; set; } = 10 * 1024 * 1024;
}
