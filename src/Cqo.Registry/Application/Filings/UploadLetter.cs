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
    public async Task<FilingDto> HandleAsync(Guid filingId, LetterUpload upload, CancellationToken cancellationToken)
    {
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == filingId, cancellationToken) ?? throw new NotFoundException("Filing", filingId);
        var maxBytes = options.Value.MaxLetterBytes;
        using var document = await DocumentUploads.ReadAsync(
            upload.Content, upload.Length, maxBytes, "file", new ErrorMessage("Registry:LetterSize", maxBytes / 1024 / 1024), new ErrorMessage("Registry:LetterType"),
            cancellationToken);
        var key = await files.SaveAsync(document.Content, document.Extension, cancellationToken);
        var previous = filing.Letter?.FileKey;
        try
        {
            db.ExpectConcurrencyStamp(filing, upload.ConcurrencyStamp);
            var now = clock.GetUtcNow();
            var fileName = document.SafeName(upload.FileName, RegistryLimits.FileNameMaxLength, "letter");
            filing.AttachLetter(new FilingLetter(key, fileName, document.ContentType, document.Length, now), caller.Actor, now);
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
}

/// <summary>Settings of the registry (section <c>Registry</c>).</summary>
internal sealed class RegistryOptions
{
    public const string Section = "Registry";

    /// <summary>The largest appointment letter taken, in bytes (default 10 MiB).</summary>
    public long MaxLetterBytes { get; set; } = 10 * 1024 * 1024;
}
