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
    /// <summary>
    /// The certificate by number with its history, compiled once: building and matching the expression
    /// tree on every call cost a fair share of a request that does little else. Anyone may check any
    /// certificate, so no data scope applies.
    /// </summary>
    private static readonly Func<CertificationDbContext, string, CancellationToken, Task<Certificate?>> s_byNumber =
        EF.CompileAsyncQuery((CertificationDbContext db, string number, CancellationToken cancellationToken) =>
            db.Certificates.IgnoreQueryFilters(new[] { QueryFilters.DataScope }).AsNoTracking().SingleOrDefault(c => c.Number == number));

    /// <summary>
    /// A successor's number, asked only for the few replaced certificates. Not a subquery of the lookup:
    /// PostgreSQL plans every statement anew, and the subquery made each lookup's planning dearer than
    /// the round trip it saves the few.
    /// </summary>
    private static readonly Func<CertificationDbContext, Guid, CancellationToken, Task<string?>> s_numberOf =
        EF.CompileAsyncQuery((CertificationDbContext db, Guid id, CancellationToken cancellationToken) =>
            db.Certificates.IgnoreQueryFilters(new[] { QueryFilters.DataScope }).Where(c => c.Id == id).Select(c => c.Number).SingleOrDefault());

    public async Task<PublicCertificateDto> VerifyAsync(string number, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (!CertificateNumber.TryParse(number, out var normalized))
        {
            throw new NotFoundException("Certificate", number);
        }

        var certificate = await s_byNumber(db, normalized, cancellationToken) ?? throw new NotFoundException("Certificate", normalized);
        var replacedBy = certificate.ReplacedById is { } id ? await s_numberOf(db, id, cancellationToken) : null;
        var day = asOf ?? clock.Today();
        return new PublicCertificateDto(
            certificate.Number, certificate.StatusOn(clock.Today()) ?? certificate.Status, PersonalNameMask.Mask(certificate.HolderName),
            certificate.IssuedOn, certificate.ValidUntil, certificate.IssuerName, certificate.CourseTitle, replacedBy, day, certificate.StatusOn(day));
    }
}
