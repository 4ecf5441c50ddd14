using System.Linq.Expressions;
using Cqo.Certification.Application.Credentials;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.Documents;

/// <summary>Printable certificates, one or a course's worth, as the caller's scope shows them.</summary>
internal sealed class CertificateDocuments(CertificationDbContext db, CertificatePdf pdf, CertificateZip zip)
{
    public async Task<(byte[] Pdf, string Number)> PdfAsync(Guid id, string baseUrl, CancellationToken cancellationToken)
    {
        var document = await db.Certificates.AsNoTracking().Where(c => c.Id == id).Select(Document(baseUrl)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Certificate", id);
        return (pdf.Render(document), document.Number);
    }

    /// <summary>Writes a zip of the course's certificates the caller sees, by number; false, writing nothing, when there are none.</summary>
    public async Task<bool> CourseZipAsync(Guid courseId, string baseUrl, Func<Stream> output, CancellationToken cancellationToken)
    {
        var certificates = db.Certificates.AsNoTracking().Where(c => c.CourseId == courseId);
        if (!await certificates.AnyAsync(cancellationToken))
        {
            return false;
        }

        await zip.WriteAsync(output(), certificates.OrderBy(c => c.Number).Select(Document(baseUrl)).AsAsyncEnumerable(), cancellationToken);
        return true;
    }

    private static Expression<Func<Certificate, CertificateDocument>> Document(string baseUrl) => c => new CertificateDocument(
        c.Number, c.HolderName, c.IdNumberMasked, c.CourseTitle, c.IssuerName, c.IssuedOn, c.ValidUntil, c.Status, CredentialUrls.Verify(baseUrl, c.Number));
}
