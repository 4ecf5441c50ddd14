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
    /// The public check's one query, compiled once (building and matching its expression tree on every
    /// call cost a fair share of a request that does little else): the certificate by number with its
    /// history, and its successor's number in the same round trip (a subquery on the primary key, empty
    /// for all but replaced certificates). Anyone may check any certificate, so no data scope applies.
    /// </summary>
    private static readonly Func<CertificationDbContext, string, CancellationToken, Task<Found?>> s_byNumber =
        EF.CompileAsyncQuery((CertificationDbContext db, string number, CancellationToken cancellationToken) =>
            db.Certificates.IgnoreQueryFilters(new[] { QueryFilters.DataScope }).AsNoTracking()
                .Where(c => c.Number == number)
                .Select(c => new Found(c, db.Certificates.Where(s => s.Id == c.ReplacedById).Select(s => s.Number).SingleOrDefault()))
                .SingleOrDefault());

    public async Task<PublicCertificateDto> VerifyAsync(string number, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (!CertificateNumber.TryParse(number, out var normalized))
        {
            throw new NotFoundException("Certificate", number);
        }

        var (certificate, replacedBy) = await s_byNumber(db, normalized, cancellationToken) ?? throw new NotFoundException("Certificate", normalized);
        var day = asOf ?? clock.Today();
        return new PublicCertificateDto(
            certificate.Number, certificate.StatusOn(clock.Today()) ?? certificate.Status, PersonalNameMask.Mask(certificate.HolderName),
            certificate.IssuedOn, certificate.ValidUntil, certificate.IssuerName, certificate.CourseTitle, replacedBy, day, certificate.StatusOn(day));
    }

    /// <summary>A certificate with its history, and the number of the certificate that replaced it.</summary>
    private sealed record Found(Certificate Certificate, string? ReplacedByNumber);
}
