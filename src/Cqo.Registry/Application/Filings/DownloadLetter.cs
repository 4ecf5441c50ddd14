using Cqo.Platform.Files;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Filings;

internal sealed record LetterDownload(Stream Content, string FileName, string ContentType);

/// <summary>The appointment letter of a filing the caller sees.</summary>
internal sealed class DownloadLetterHandler(RegistryDbContext db, IFileStore files)
{
    public async Task<LetterDownload> HandleAsync(Guid filingId, CancellationToken cancellationToken)
    {
        var letter = await db.Filings.AsNoTracking().Where(f => f.Id == filingId).Select(f => f.Letter).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("FilingLetter", filingId);
        var content = await files.OpenReadAsync(letter.FileKey, cancellationToken) ?? throw new NotFoundException("FilingLetter", filingId);
        return new LetterDownload(content, letter.FileName, letter.ContentType);
    }
}
