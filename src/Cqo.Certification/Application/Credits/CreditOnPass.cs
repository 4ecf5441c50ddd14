using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Events;
using Cqo.Training.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.Credits;

/// <summary>
/// A pass of a continuing-education or public SME course credits its hours to the trainee's ledger,
/// once per enrolment (a redelivery finds the entry, or loses on its unique index).
/// </summary>
internal sealed class CreditOnPass(CertificationDbContext db, PassHolders holders, ICourseDirectory courses) : IIntegrationEventHandler<CoursePassed>
{
    public async Task HandleAsync(CoursePassed passed, CancellationToken cancellationToken)
    {
        if (passed.CourseType == CourseType.AppointmentTraining || await CreditedAsync(passed.EnrolmentId, cancellationToken))
        {
            return;
        }

        var course = await courses.FindAsync(passed.CourseId, cancellationToken)
            ?? throw new InvalidOperationException($"Course {passed.CourseId} of a passed enrolment was not found.");
        var (holder, _) = await holders.OfAsync(passed, cancellationToken);
        db.Credits.Add(CreditEntry.FromCourse(
            Guid.CreateVersion7(), holder, passed.EnrolmentId, course.CourseId, course.ProviderId, course.Title, passed.CourseHours, passed.PassedOn));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A concurrent delivery credited it first.
        }
    }

    private Task<bool> CreditedAsync(Guid enrolmentId, CancellationToken cancellationToken) =>
        db.Credits.IgnoreQueryFilters([QueryFilters.DataScope]).AnyAsync(c => c.EnrolmentId == enrolmentId, cancellationToken);
}
