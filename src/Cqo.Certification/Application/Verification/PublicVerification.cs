using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.Verification;

/// <summary>
/// What anyone may learn of a certificate by its number (DOMAIN.md §4): status, masked name, dates,
/// issuer and course, and its status on a given day (point-in-time, from the history). An unknown
/// or malformed number is simply not found.
/// </summary>
internal sealed class PublicVerification(CertificationDbContext db, TimeProvider clock)
{
    public async Task<PublicCertificateDto> VerifyAsync(string number, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (!CertificateNumber.TryParse(number, out var normalized))
        {
            throw new NotFoundException("Certificate", number);
        }

        var certificate = await db.Certificates.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .SingleOrDefaultAsync(c => c.Number == normalized, cancellationToken) ?? throw new NotFoundException("Certificate", normalized);
        var replacedBy = certificate.ReplacedById is { } id
            ? await db.Certificates.IgnoreQueryFilters([QueryFilters.DataScope]).Where(c => c.Id == id).Select(c => c.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        var day = asOf ?? clock.Today();
        return new PublicCertificateDto(
            certificate.Number, certificate.StatusOn(clock.Today()) ?? certificate.Status, PersonalNameMask.Mask(certificate.HolderName),
            certificate.IssuedOn, certificate.ValidUntil, certificate.IssuerName, certificate.CourseTitle, replacedBy, day, certificate.StatusOn(day));
    }
}
