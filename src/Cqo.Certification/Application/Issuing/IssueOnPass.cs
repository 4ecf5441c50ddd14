using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Events;
using Cqo.Training.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cqo.Certification.Application.Issuing;

/// <summary>
/// A pass of an appointment-training course issues the trainee's certificate, once per enrolment:
/// a redelivered or concurrent event finds the certificate (or loses on its unique index) and does
/// nothing. The number takes the district of the sponsoring enterprise, else of the provider.
/// </summary>
internal sealed class IssueOnPass(
    CertificationDbContext db,
    CertificateIssuer issuer,
    ICourseDirectory courses,
    PassHolders holders,
    IOptions<CertificationOptions> options,
    TimeProvider clock) : IIntegrationEventHandler<CoursePassed>
{
    public async Task HandleAsync(CoursePassed passed, CancellationToken cancellationToken)
    {
        if (passed.CourseType != CourseType.AppointmentTraining || await IssuedAsync(passed.EnrolmentId, cancellationToken))
        {
            return;
        }

        var course = await courses.FindAsync(passed.CourseId, cancellationToken)
            ?? throw new InvalidOperationException($"Course {passed.CourseId} of a passed enrolment was not found.");
        var (holder, sponsorDistrict) = await holders.OfAsync(passed, cancellationToken);
        var certified = new CertifiedCourse(course.ProviderId, course.CourseId, passed.EnrolmentId, course.Title, options.Value.IssuerName);
        var terms = new CertificateTerms(passed.PassedOn, options.Value.ValidUntil(passed.PassedOn), CertificateOrigin.CoursePassed);
        try
        {
            await issuer.InTransactionAsync(passed.PassedOn.Year, sponsorDistrict ?? course.ProviderDistrictCode, async next =>
                db.Certificates.Add(new Certificate(Guid.CreateVersion7(), await next(), holder, certified, terms, clock.GetUtcNow(), null)), cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            if (!await IssuedAsync(passed.EnrolmentId, cancellationToken))
            {
                throw;
            }

            // A concurrent delivery issued it first; this transaction, and its number, rolled back.
        }
    }

    private Task<bool> IssuedAsync(Guid enrolmentId, CancellationToken cancellationToken) =>
        db.Certificates.IgnoreQueryFilters([QueryFilters.DataScope]).AnyAsync(c => c.EnrolmentId == enrolmentId, cancellationToken);
}
