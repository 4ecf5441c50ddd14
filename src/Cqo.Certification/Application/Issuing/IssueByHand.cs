using Cqo.Certification.Application.LifeCycle;
using Cqo.Certification.Application.Queries;
using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Microsoft.Extensions.Options;

namespace Cqo.Certification.Application.Issuing;

/// <summary>
/// The municipal regulator issues a certificate to a person in the registry, with a reason: training
/// recognised from elsewhere, or a certificate the platform missed. The number takes the district of
/// the person's enterprise.
/// </summary>
internal sealed class IssueByHand(
    CertificationDbContext db,
    CertificateIssuer issuer,
    CertificateQueries queries,
    IStaffDirectory staff,
    IEnterpriseDirectory enterprises,
    ICourseDirectory courses,
    IOptions<CertificationOptions> options,
    ICurrentUser user,
    TimeProvider clock)
{
    public async Task<CertificateDetailDto> IssueAsync(IssueCertificateRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = now.ToShanghaiDate();
        var issuedOn = request.IssuedOn ?? today;
        if (issuedOn > today)
        {
            throw new FieldValidationException("issuedOn", new ErrorMessage("Certification:IssuedInFuture", "issuedOn"));
        }

        var person = (await staff.FindAsync([request.PersonId], cancellationToken)).SingleOrDefault()
            ?? throw new FieldValidationException("personId", new ErrorMessage("Certification:PersonUnknown", "personId"));
        var enterprise = (await enterprises.FindAsync([person.EnterpriseId], cancellationToken)).Single();
        var course = request.CourseId is { } courseId
            ? await courses.FindAsync(courseId, cancellationToken)
                ?? throw new FieldValidationException("courseId", new ErrorMessage("Certification:CourseUnknown", "courseId"))
            : null;

        var holder = new CertificateHolder(person.Name, person.IdNumberMasked, person.UserId, person.PersonId, enterprise.Id, enterprise.JurisdictionCode);
        var certified = new CertifiedCourse(course?.ProviderId, course?.CourseId, null, course?.Title, options.Value.IssuerName);
        var terms = new CertificateTerms(issuedOn, options.Value.ValidUntil(issuedOn), CertificateOrigin.Manual, Reason: request.Reason);
        var by = Actor.Of(user);
        var certificate = await issuer.InTransactionAsync(issuedOn.Year, enterprise.DistrictCode, async next =>
            db.Certificates.Add(new Certificate(Guid.CreateVersion7(), await next(), holder, certified, terms, now, by)).Entity, cancellationToken);
        return await queries.GetAsync(certificate.Id, cancellationToken);
    }
}
