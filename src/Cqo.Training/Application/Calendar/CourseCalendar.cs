using System.Globalization;
using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Time;
using Cqo.Training.Application.Courses;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Calendar;

/// <summary>
/// Courses' sessions as iCalendar files that calendar clients can import or subscribe to: one per
/// course, and one per trainee with every course they hold a seat on. Each session's id is its UID
/// and its change count its SEQUENCE, so a moved session updates the event already in the calendar;
/// a cancelled course's events are sent cancelled.
/// </summary>
internal sealed class CourseCalendar(
    TrainingDbContext db, CourseQueries courses, CourseTrainerNames trainerNames, IReferenceDataQueries reference, TrainingCaller caller, TimeProvider clock)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public async Task<string> ForCourseAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await courses.GetAsync(courseId, cancellationToken);
        var calendar = Begin(course.Title, course.Status == CourseStatus.Cancelled ? "CANCEL" : "PUBLISH");
        await AddEventsAsync(calendar, course, cancellationToken);
        return calendar.Line("END", "VCALENDAR").ToString();
    }

    /// <summary>The caller's own training: the sessions of every course they are seated on, in one feed.</summary>
    public async Task<string> ForTraineeAsync(CancellationToken cancellationToken)
    {
        var me = caller.UserId;
        var courseIds = await db.Enrolments.AsNoTracking()
            .Where(e => e.TraineeUserId == me && Enrolment.SeatedStatuses.Contains(e.Status))
            .Select(e => e.CourseId).ToListAsync(cancellationToken);
        var calendar = Begin("我的培训课程", "PUBLISH");
        foreach (var courseId in courseIds)
        {
            await AddEventsAsync(calendar, await courses.GetAsync(courseId, cancellationToken), cancellationToken);
        }

        return calendar.Line("END", "VCALENDAR").ToString();
    }

    /// <summary>
    /// The calendar of the course enrolment <paramref name="enrolmentId"/> holds a seat on, with its
    /// meeting links as that trainee sees them, for a reminder's e-mail (sent by a job, with no caller).
    /// None once the seat is given up or the course cancelled: its events would mislead.
    /// </summary>
    public async Task<string?> ForSeatAsync(Guid enrolmentId, CancellationToken cancellationToken)
    {
        var courseId = await db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(e => e.Id == enrolmentId && Enrolment.SeatedStatuses.Contains(e.Status))
            .Select(e => (Guid?)e.CourseId).FirstOrDefaultAsync(cancellationToken);
        if (courseId is null || await courses.FindAsSeatedTraineeAsync(courseId.Value, cancellationToken) is not { } course || course.Status == CourseStatus.Cancelled)
        {
            return null;
        }

        var calendar = Begin(course.Title, "PUBLISH");
        await AddEventsAsync(calendar, course, cancellationToken);
        return calendar.Line("END", "VCALENDAR").ToString();
    }

    private static ICalendarText Begin(string name, string method) => new ICalendarText()
        .Line("BEGIN", "VCALENDAR")
        .Line("VERSION", "2.0")
        .Line("PRODID", "-//CQO Platform//Training//ZH")
        .Line("CALSCALE", "GREGORIAN")
        .Line("METHOD", method)
        .Text("X-WR-CALNAME", name);

    private async Task AddEventsAsync(ICalendarText calendar, CourseDto course, CancellationToken cancellationToken)
    {
        var syllabus = await reference.FindSyllabusAsync(course.SyllabusVersionCode, cancellationToken);
        var moduleNames = syllabus?.Modules.ToDictionary(m => m.Code, m => m.NameZh) ?? [];
        var trainers = await trainerNames.ForAsync(course, cancellationToken);
        var cancelled = course.Status == CourseStatus.Cancelled;
        var now = clock.GetUtcNow();
        foreach (var session in course.Sessions)
        {
            var module = moduleNames.TryGetValue(session.ModuleCode, out var name) ? $"{session.ModuleCode} {name}" : session.ModuleCode;
            calendar
                .Line("BEGIN", "VEVENT")
                .Line("UID", $"{session.Id}@cqo-platform")
                .Time("DTSTAMP", now)
                .Time("DTSTART", session.Date.AtShanghaiTime(session.StartTime))
                .Time("DTEND", session.Date.AtShanghaiTime(session.EndTime))
                // A cancellation is a change the client must apply over the version it holds.
                .Line("SEQUENCE", (session.Sequence + (cancelled ? 1 : 0)).ToString(CultureInfo.InvariantCulture))
                .Line("STATUS", cancelled ? "CANCELLED" : "CONFIRMED")
                .Text("SUMMARY", $"{course.Title}：{module}")
                .Text("LOCATION", session.Venue ?? session.OnlineLink ?? "")
                .Text("DESCRIPTION", string.Join('\n', new[]
                {
                    $"培训机构：{course.ProviderName}",
                    trainers.TryGetValue(session.TrainerId, out var trainer) ? $"讲师：{trainer}" : null,
                    session.OnlineLink is { } link ? $"线上链接：{link}" : null,
                    cancelled && course.CancelReason is { } reason ? $"课程已取消：{reason}" : null,
                }.OfType<string>()))
                .Line("END", "VEVENT");
        }
    }
}
