using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Attendance;

/// <summary>
/// A course's attendance: the grid its trainers fill in, the check-in by rotating code, and the
/// eligibility for the exam that follows from it (DOMAIN.md §3: minimum attendance, default 80 %).
/// </summary>
internal sealed class AttendanceBook(TrainingDbContext db, TrainingCaller caller, CheckInAttempts attempts, TimeProvider clock)
{
    /// <summary>How early before a session trainees may check in, and how late counts as present rather than late.</summary>
    public static readonly TimeSpan CheckInOpensBefore = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(10);

    public async Task<AttendanceGridDto> GetGridAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await OwnCourseAsync(courseId, cancellationToken);
        var enrolments = await Seated(courseId).AsNoTracking().OrderBy(e => e.TraineeName).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return ToGrid(course, enrolments);
    }

    /// <summary>Stores every mark or none; a mark for someone not seated or a session not on the course names its place in the list.</summary>
    public Task<AttendanceGridDto> SaveMarksAsync(Guid courseId, SaveMarksRequest request, CancellationToken cancellationToken) =>
        SaveMarksAsync(courseId, request, AttendanceSource.Grid, cancellationToken);

    public async Task<AttendanceGridDto> SaveMarksAsync(Guid courseId, SaveMarksRequest request, AttendanceSource source, CancellationToken cancellationToken)
    {
        var course = await OwnCourseAsync(courseId, cancellationToken);
        RequireAttendanceOpen(course);
        var enrolments = await Seated(courseId).ToDictionaryAsync(e => e.Id, cancellationToken);
        var sessions = course.Sessions.Select(s => s.Id).ToHashSet();
        var errors = new Dictionary<string, ErrorMessage[]>();
        for (var i = 0; i < request.Marks.Count; i++)
        {
            var mark = request.Marks[i];
            if (!enrolments.TryGetValue(mark.EnrolmentId, out var enrolment) || !enrolment.IsAttendable)
            {
                errors[$"marks[{i}].enrolmentId"] = [new ErrorMessage("Training:NotSeatedOnCourse")];
            }

            if (!sessions.Contains(mark.SessionId))
            {
                errors[$"marks[{i}].sessionId"] = [new ErrorMessage("Training:SessionNotOnCourse")];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var now = clock.GetUtcNow();
        foreach (var mark in request.Marks)
        {
            enrolments[mark.EnrolmentId].Mark(mark.SessionId, mark.Mark!.Value, source, now);
        }

        DecideEligibilityIfExamining(course, enrolments.Values);
        await db.SaveChangesAsync(cancellationToken);
        return ToGrid(course, [.. enrolments.Values.OrderBy(e => e.TraineeName).ThenBy(e => e.Id)]);
    }

    /// <summary>The code the trainer shows during a session.</summary>
    public async Task<CheckInCodeDto> GetCheckInCodeAsync(Guid courseId, Guid sessionId, CancellationToken cancellationToken)
    {
        var course = await OwnCourseAsync(courseId, cancellationToken);
        RequireAttendanceOpen(course);
        var session = course.FindSession(sessionId);
        if (session.CheckInSecret.Length == 0)
        {
            var tracked = await db.Courses.FirstAsync(c => c.Id == courseId, cancellationToken);
            tracked.FindSession(sessionId).EnsureCheckInSecret();
            await db.SaveChangesAsync(cancellationToken);
            session = tracked.FindSession(sessionId);
        }

        var now = clock.GetUtcNow();
        return new CheckInCodeDto(session.Id, CheckInCodes.At(session.CheckInSecret, now), CheckInCodes.ValidUntil(now));
    }

    /// <summary>A trainee checks in with the session's current code: present, or late once ten minutes have passed.</summary>
    public async Task<EnrolmentStatus> CheckInAsync(Guid sessionId, CheckInRequest request, CancellationToken cancellationToken)
    {
        var me = caller.UserId ?? throw new NotFoundException("Session", sessionId);
        attempts.Take(me);
        var course = await db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .FirstOrDefaultAsync(c => c.Sessions.Any(s => s.Id == sessionId), cancellationToken);
        var enrolment = course is null ? null
            : await db.Enrolments.FirstOrDefaultAsync(e => e.CourseId == course.Id && e.TraineeUserId == me, cancellationToken);
        if (course is null || enrolment is null || !enrolment.IsAttendable)
        {
            throw new NotFoundException("Session", sessionId);
        }

        RequireAttendanceOpen(course);
        var session = course.FindSession(sessionId);
        var now = clock.GetUtcNow();
        if (now < session.StartsAt - CheckInOpensBefore || now > session.EndsAt)
        {
            throw new ConflictException("training.check_in_closed", new ErrorMessage("Training:CheckInClosed"));
        }

        // A session whose code was never shown (no secret yet) accepts none.
        if (session.CheckInSecret.Length == 0 || !CheckInCodes.Accepts(session.CheckInSecret, request.Code, now))
        {
            throw new BusinessRuleException("training.check_in_code_wrong", new ErrorMessage("Training:CheckInCodeWrong"),
                new Dictionary<string, ErrorMessage[]> { ["code"] = [new ErrorMessage("Training:CheckInCodeWrong")] });
        }

        enrolment.Mark(sessionId, now > session.StartsAt + LateAfter ? AttendanceMark.Late : AttendanceMark.Present, AttendanceSource.CheckIn, now);
        DecideEligibilityIfExamining(course, [enrolment]);
        await db.SaveChangesAsync(cancellationToken);
        return enrolment.Status;
    }

    /// <summary>When exams start every seated trainee is judged; a correction while examining judges again (until a first attempt).</summary>
    public static void DecideEligibility(Course course, IEnumerable<Enrolment> enrolments)
    {
        var lengths = course.SessionLengths;
        foreach (var enrolment in enrolments)
        {
            enrolment.DecideEligibility(enrolment.AttendancePercent(lengths), course.MinAttendancePercent);
        }
    }

    private static void DecideEligibilityIfExamining(Course course, IEnumerable<Enrolment> enrolments)
    {
        if (course.Status == CourseStatus.Examining)
        {
            DecideEligibility(course, enrolments);
        }
    }

    public static AttendanceGridDto ToGrid(Course course, IReadOnlyList<Enrolment> enrolments)
    {
        var lengths = course.SessionLengths;
        return new(
            course.Id,
            [.. course.Sessions.OrderBy(s => s.StartsAt).Select(s => s.ToDto())],
            [.. enrolments.Select(e => new AttendanceRowDto(
                e.Id, e.TraineeName, e.IdNumberMasked, e.Status,
                e.Attendance.ToDictionary(a => a.SessionId, a => a.Mark), e.AttendancePercent(lengths),
                [.. e.AttemptsFor(withPending: true).Select(a => a.ToDto(course.PassMark))]))]);
    }

    private static void RequireAttendanceOpen(Course course)
    {
        if (!course.IsAttendanceOpen)
        {
            throw new ConflictException("training.course_state", new ErrorMessage("Training:CourseStateForbidsAttendance", new ErrorMessage($"CourseStatus:{course.Status}")));
        }
    }

    /// <summary>Seated trainees of the course: the ones attendance is taken for.</summary>
    private IQueryable<Enrolment> Seated(Guid courseId) =>
        db.Enrolments.Where(e => e.CourseId == courseId && Enrolment.SeatedStatuses.Contains(e.Status));

    private async Task<Course> OwnCourseAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken) ?? throw new NotFoundException("Course", courseId);
        caller.EnsureActsFor(course.ProviderId);
        return course;
    }
}
