using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Files;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cqo.Certification.Application.Credits;

/// <summary>An evidence document as received: its stream, the client's file name and its declared length.</summary>
internal sealed record EvidenceUpload(Stream Content, string FileName, long Length, Guid ConcurrencyStamp);

internal sealed record EvidenceDownload(Stream Content, string FileName, string ContentType);

/// <summary>
/// The document behind logged hours, kept in the file store as the registry keeps appointment letters: PDF, JPEG or
/// PNG by its first bytes, attached by the holder while the hours are pending, read by whoever sees the hours.
/// </summary>
internal sealed class CreditEvidence(CertificationDbContext db, IFileStore files, ICurrentUser user, TimeProvider clock, IOptions<CertificationOptions> options)
{
    /// <summary>Attaches the document to the caller's own pending hours, replacing an earlier one.</summary>
    public async Task<CreditDto> UploadAsync(Guid creditId, EvidenceUpload upload, CancellationToken cancellationToken)
    {
        var entry = await db.Credits.FirstOrDefaultAsync(c => c.Id == creditId, cancellationToken) ?? throw new NotFoundException("Credit", creditId);
        if (entry.HolderUserId is null || entry.HolderUserId != user.UserId)
        {
            throw new BusinessRuleException("certification.not_own_credit", new ErrorMessage("Certification:EvidenceNotHolder"));
        }

        var maxBytes = options.Value.MaxEvidenceBytes;
        using var document = await DocumentUploads.ReadAsync(
            upload.Content, upload.Length, maxBytes, "file", new ErrorMessage("Certification:EvidenceSize", maxBytes / 1024 / 1024),
            new ErrorMessage("Certification:EvidenceType"), cancellationToken);
        var key = await files.SaveAsync(document.Content, document.Extension, cancellationToken);
        var previous = entry.EvidenceFile?.FileKey;
        try
        {
            db.ExpectConcurrencyStamp(entry, upload.ConcurrencyStamp);
            var fileName = document.SafeName(upload.FileName, CertificationLimits.FileNameMaxLength, "evidence");
            entry.AttachEvidence(new CreditEvidenceFile(key, fileName, document.ContentType, document.Length, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None); // the entry still points at the previous document
            throw;
        }

        if (previous is not null)
        {
            await files.DeleteAsync(previous, CancellationToken.None);
        }

        return entry.ToDto();
    }

    /// <summary>The evidence document of hours the caller sees (scoped as the ledger's list; 404 otherwise).</summary>
    public async Task<EvidenceDownload> DownloadAsync(Guid creditId, CancellationToken cancellationToken)
    {
        var file = await db.Credits.AsNoTracking().Where(c => c.Id == creditId).Select(c => c.EvidenceFile).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("CreditEvidence", creditId);
        var content = await files.OpenReadAsync(file.FileKey, cancellationToken) ?? throw new NotFoundException("CreditEvidence", creditId);
        return new EvidenceDownload(content, file.FileName, file.ContentType);
    }
}
