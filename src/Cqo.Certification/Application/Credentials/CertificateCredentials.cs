using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.Credentials;

/// <summary>
/// A certificate as a signed credential (for those who see the certificate), and the status lists a
/// verifier checks it against: revoked certificates in one, suspended ones in the other.
/// </summary>
internal sealed class CertificateCredentials(CertificationDbContext db, CredentialIssuer issuer, StatusListCredential statusLists)
{
    public async Task<(string Jwt, string Number)> ForCertificateAsync(Guid id, string baseUrl, CancellationToken cancellationToken)
    {
        var c = await db.Certificates.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Number, c.HolderName, c.CourseTitle, c.IssuerName, c.IssuedOn, c.ValidUntil, c.StatusListIndex })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Certificate", id);
        var input = new CredentialInput(
            c.Number, PersonalNameMask.Mask(c.HolderName), id, c.CourseTitle, c.IssuerName, c.IssuedOn, c.ValidUntil, c.StatusListIndex, baseUrl);
        return (issuer.Issue(input), c.Number);
    }

    public async Task<string> StatusListAsync(CredentialStatusPurpose purpose, string baseUrl, CancellationToken cancellationToken)
    {
        var status = purpose == CredentialStatusPurpose.Revocation ? CertificateStatus.Revoked : CertificateStatus.Suspended;
        var all = db.Certificates.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking();
        var set = await all.Where(c => c.Status == status).Select(c => c.StatusListIndex).ToListAsync(cancellationToken);
        var (year, key) = NumberSequence.StatusList;
        var handedOut = await db.NumberSequences.Where(s => s.Year == year && s.DistrictCode == key).Select(s => s.Last).SingleOrDefaultAsync(cancellationToken);
        return statusLists.Issue(purpose, set, handedOut, baseUrl);
    }
}
