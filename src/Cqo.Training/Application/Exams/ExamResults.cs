using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Exams;

/// <summary>Scores from the score sheet; all are recorded or, if one is refused, none.</summary>
internal sealed record RecordScoresRequest(IReadOnlyList<ScoreInput> Scores);

internal sealed record ScoreInput(Guid EnrolmentId, decimal? Score);

internal sealed class RecordScoresValidator : AbstractValidator<RecordScoresRequest>
{
    public const int MaxScores = 2000;

    public RecordScoresValidator()
    {
        RuleFor(x => x.Scores).NotNull().NotEmpty().Must(s => s.Count <= MaxScores).WithMessage($"At most {MaxScores} scores at once.");
        RuleForEach(x => x.Scores).NotNull().ChildRules(s =>
        {
            s.RuleFor(x => x.EnrolmentId).NotEmpty();
            s.RuleFor(x => x.Score).NotNull().InclusiveBetween(0, 100).PrecisionScale(4, 1, ignoreTrailingZeros: true);
        }).When(x => x.Scores is not null);
    }
}

/// <summary>
/// Exam scores and their publication. A score is the provider's draft until it publishes the
/// results; a published pass announces <see cref="CoursePassed"/> through the outbox, in the same
/// transaction, so certification hears of each pass exactly once.
/// </summary>
internal sealed class ExamResults(TrainingDbContext db, TrainingCaller caller, TimeProvider clock)
{
    public Task<AttendanceGridDto> RecordAsync(Guid courseId, RecordScoresRequest request, CancellationToken cancellationToken) =>
        ExaminingAsync(courseId, course => RecordAsync(course, request, cancellationToken), cancellationToken);

    /// <summary>Publishes every pending score: passes, fails with attempts left, final fails.</summary>
    public Task<AttendanceGridDto> PublishAsync(Guid courseId, CancellationToken cancellationToken) =>
        ExaminingAsync(courseId, course => PublishAsync(course, cancellationToken), cancellationToken);

    private async Task<AttendanceGridDto> RecordAsync(Course course, RecordScoresRequest request, CancellationToken cancellationToken)
    {
        var courseId = course.Id;
        var ids = request.Scores.Select(s => s.EnrolmentId).ToList();
        var enrolments = await db.Enrolments.Where(e => e.CourseId == courseId && ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, ErrorMessage[]>();
        for (var i = 0; i < request.Scores.Count; i++)
        {
            var input = request.Scores[i];
            if (!enrolments.TryGetValue(input.EnrolmentId, out var enrolment))
            {
                errors[$"scores[{i}].enrolmentId"] = [new ErrorMessage("Training:NotSeatedOnCourse")];
                continue;
            }

            if (enrolment.Status is EnrolmentStatus.Incomplete or EnrolmentStatus.NoShow or EnrolmentStatus.Admitted or EnrolmentStatus.Attending)
            {
                errors[$"scores[{i}].enrolmentId"] = [new ErrorMessage(
                    "Training:NotEligibleForExam", enrolment.TraineeName, enrolment.AttendancePercent(course.SessionLengths), course.MinAttendancePercent)];
                continue;
            }

            try
            {
                enrolment.RecordScore(input.Score!.Value, course.MaxAttempts, now);
            }
            catch (CqoException e)
            {
                errors[$"scores[{i}].score"] = [e.Detail];
            }
        }

        if (errors.Count > 0)
        {
            throw new BusinessRuleException("training.scores_refused", new ErrorMessage("Training:ScoresRefused"), errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GridOfAsync(course, cancellationToken);
    }

    private async Task<AttendanceGridDto> PublishAsync(Course course, CancellationToken cancellationToken)
    {
        var courseId = course.Id;
        var pending = await db.Enrolments.Where(e => e.CourseId == courseId && e.Attempts.Any(a => a.PublishedAt == null)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var enrolment in pending.Where(e => e.PublishResult(course.PassMark, course.MaxAttempts, now)))
        {
            db.Publish(new CoursePassed(
                enrolment.Id, course.Id, course.ProviderId, course.Type, course.TotalHours, enrolment.TraineeUserId, enrolment.PersonId,
                enrolment.SponsorId, enrolment.TraineeName, enrolment.Attempts.Max(a => a.Score), now.ToShanghaiDate()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GridOfAsync(course, cancellationToken);
    }

    private async Task<AttendanceGridDto> GridOfAsync(Course course, CancellationToken cancellationToken)
    {
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.CourseId == course.Id && Enrolment.SeatedStatuses.Contains(e.Status))
            .OrderBy(e => e.TraineeName).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return Attendance.AttendanceBook.ToGrid(course, enrolments);
    }

    /// <summary>
    /// Scores change under the course-row lock that completing the course takes too, so a score is
    /// never recorded after the course completed without it (ADR 13); the course is read after the lock.
    /// </summary>
    private async Task<AttendanceGridDto> ExaminingAsync(Guid courseId, Func<Course, Task<AttendanceGridDto>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CourseRow(courseId).LockAsync(cancellationToken);
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken) ?? throw new NotFoundException("Course", courseId);
        caller.EnsureActsFor(course.ProviderId);
        if (course.Status != CourseStatus.Examining)
        {
            throw new ConflictException("training.course_state", new ErrorMessage("Training:CourseStateForbidsExams", new ErrorMessage($"CourseStatus:{course.Status}")));
        }

        var grid = await work(course);
        await transaction.CommitAsync(cancellationToken);
        return grid;
    }
}
