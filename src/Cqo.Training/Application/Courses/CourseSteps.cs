using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.Training.Application.Attendance;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Courses;

/// <summary>A step in the course life cycle: the course's stamp, and the reason when cancelling.</summary>
internal sealed record CourseStepRequest(Guid ConcurrencyStamp, string? Reason = null);

internal sealed class CourseStepValidator : AbstractValidator<CourseStepRequest>
{
    public CourseStepValidator() => RuleFor(x => x.Reason).MaximumLength(TrainingLimits.CommentMaxLength);
}

/// <summary>Moves a course through its life cycle (DOMAIN.md §4); the provider acts for its own courses.</summary>
internal sealed class CourseSteps(TrainingDbContext db, TrainingCaller caller, CourseChecks checks, CourseQueries queries)
{
    public Task<CourseDto> PublishAsync(Guid id, CourseStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, async course =>
        {
            await checks.EnsurePublishableAsync(course, cancellationToken);
            course.Publish();
        }, cancellationToken);

    public Task<CourseDto> CloseEnrolmentAsync(Guid id, CourseStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, course => Sync(course.CloseEnrolment), cancellationToken);

    public Task<CourseDto> StartAsync(Guid id, CourseStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, course => Sync(course.Start), cancellationToken);

    /// <summary>Exams start: each seated trainee becomes eligible, or not, by their attendance.</summary>
    public Task<CourseDto> StartExamsAsync(Guid id, CourseStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, async course =>
        {
            course.StartExams();
            var seated = await db.Enrolments.Where(e => e.CourseId == id && Enrolment.SeatedStatuses.Contains(e.Status)).ToListAsync(cancellationToken);
            AttendanceBook.DecideEligibility(course, seated);
        }, cancellationToken);

    /// <summary>A course completes with its results published: a score left unpublished would never reach its trainee.</summary>
    public Task<CourseDto> CompleteAsync(Guid id, CourseStepRequest request, CancellationToken cancellationToken) =>
        LockedStepAsync(id, request, async course =>
        {
            var unpublished = await db.Enrolments.CountAsync(e => e.CourseId == id && e.Attempts.Any(a => a.PublishedAt == null), cancellationToken);
            if (unpublished > 0)
            {
                throw new ConflictException("training.results_unpublished", new ErrorMessage("Training:ResultsUnpublished", unpublished));
            }

            course.Complete();
        }, cancellationToken);

    public Task<CourseDto> ArchiveAsync(Guid id, CourseStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, course => Sync(course.Archive), cancellationToken);

    /// <summary>Cancelling needs a reason: everyone enrolled is told it (<see cref="CourseCancelled"/>).</summary>
    public Task<CourseDto> CancelAsync(Guid id, CourseStepRequest request, CancellationToken cancellationToken) =>
        LockedStepAsync(id, request, async course =>
        {
            course.Cancel(string.IsNullOrWhiteSpace(request.Reason)
                ? throw new FieldValidationException("reason", new ErrorMessage("Training:ReasonRequired"))
                : request.Reason.Trim());
            var told = await db.Enrolments
                .Where(e => e.CourseId == id && e.Status != EnrolmentStatus.Withdrawn && e.Status != EnrolmentStatus.Rejected)
                .Select(e => new { e.TraineeUserId, e.SponsorId }).ToListAsync(cancellationToken);
            db.Publish(new CourseCancelled(course.Id, course.ProviderId, course.Title, course.CancelReason!,
                [.. told.Select(t => t.TraineeUserId).OfType<Guid>().Distinct()], [.. told.Select(t => t.SponsorId).OfType<Guid>().Distinct()]));
        }, cancellationToken);

    private static Task Sync(Action step)
    {
        step();
        return Task.CompletedTask;
    }

    /// <summary>
    /// A step that reads the course's enrolments before it writes (the trainees to tell, the scores
    /// still unpublished): under the course-row lock that applications and scores take too (ADR 13).
    /// </summary>
    private async Task<CourseDto> LockedStepAsync(Guid id, CourseStepRequest request, Func<Course, Task> step, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CourseRow(id).LockAsync(cancellationToken);
        var course = await StepAsync(id, request, step, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return course;
    }

    private async Task<CourseDto> StepAsync(Guid id, CourseStepRequest request, Func<Course, Task> step, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Course", id);
        caller.EnsureActsFor(course.ProviderId);
        db.ExpectConcurrencyStamp(course, request.ConcurrencyStamp);
        await step(course);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }
}
