using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Errors;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Enrolments;

/// <summary>
/// The steps on one enrolment and who may take them: the sponsor confirms or rejects an
/// application; the trainee, sponsor or provider withdraws before the course starts (the seat
/// goes to the first waitlisted); the provider marks a no-show once it has started.
/// </summary>
internal sealed class EnrolmentSteps(
    TrainingDbContext db, TrainingCaller caller, CourseSeats seats, IStaffDirectory staff, TimeProvider clock, EnrolmentQueries queries)
{
    public Task<EnrolmentDto> ConfirmAsync(Guid id, EnrolmentStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, caller.IsSponsorOf, async (enrolment, course, ledger) =>
        {
            RequireBeforeStart(course);
            if (request.PersonId is { } personId)
            {
                var member = (await staff.FindAsync([personId], cancellationToken)).FirstOrDefault(m => m.EnterpriseId == enrolment.SponsorId)
                    ?? throw new FieldValidationException("personId", new ErrorMessage("Training:PersonUnknown"));
                enrolment.LinkPerson(member.PersonId, member.Name, member.IdNumberMasked);
            }

            enrolment.Seat(await ledger.TryTakeAsync(), clock.GetUtcNow());
        }, cancellationToken);

    public Task<EnrolmentDto> RejectAsync(Guid id, EnrolmentStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, caller.IsSponsorOf, (enrolment, _, _) =>
        {
            enrolment.Reject(RequiredReason(request));
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<EnrolmentDto> WithdrawAsync(Guid id, EnrolmentStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, e => caller.IsTraineeOf(e) || caller.IsSponsorOf(e) || caller.IsProviderOf(e), async (enrolment, course, ledger) =>
        {
            RequireBeforeStart(course);
            var heldSeat = enrolment.HoldsSeat;
            enrolment.Withdraw(request.Reason?.Trim());
            if (heldSeat)
            {
                await seats.ReleaseAsync(ledger, enrolment, cancellationToken);
            }
        }, cancellationToken);

    public Task<EnrolmentDto> MarkNoShowAsync(Guid id, EnrolmentStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, caller.IsProviderOf, (enrolment, course, _) =>
        {
            if (course.Status is not (CourseStatus.InProgress or CourseStatus.Examining))
            {
                throw CourseForbids(course);
            }

            enrolment.MarkNoShow();
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// Takes <paramref name="step"/> if the caller's part in the enrolment allows it: checked before
    /// the stamp, so a caller with no part is told so, not that the enrolment has changed.
    /// </summary>
    private async Task<EnrolmentDto> StepAsync(
        Guid id, EnrolmentStepRequest request, Func<Enrolment, bool> mayTake, Func<Enrolment, Course, SeatLedger, Task> step, CancellationToken cancellationToken)
    {
        var courseId = await db.Enrolments.Where(e => e.Id == id).Select(e => (Guid?)e.CourseId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Enrolment", id);
        await seats.ChangeAsync(courseId, async ledger =>
        {
            await ledger.LockAsync(); // the enrolment and the waitlist are read as they stand
            var enrolment = await db.Enrolments.FirstAsync(e => e.Id == id, cancellationToken);
            caller.Ensure(mayTake(enrolment));
            db.ExpectConcurrencyStamp(enrolment, request.ConcurrencyStamp);
            var course = await db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking().FirstAsync(c => c.Id == courseId, cancellationToken);
            await step(enrolment, course, ledger);
            return true;
        }, cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }

    private static void RequireBeforeStart(Course course)
    {
        if (!course.IsBeforeStart)
        {
            throw CourseForbids(course);
        }
    }

    private static ConflictException CourseForbids(Course course) =>
        new("training.course_state", new ErrorMessage("Training:CourseStateForbidsEnrolment", new ErrorMessage($"CourseStatus:{course.Status}")));

    private static string RequiredReason(EnrolmentStepRequest request) =>
        string.IsNullOrWhiteSpace(request.Reason)
            ? throw new FieldValidationException("reason", new ErrorMessage("Training:RejectReasonRequired"))
            : request.Reason.Trim();
}
