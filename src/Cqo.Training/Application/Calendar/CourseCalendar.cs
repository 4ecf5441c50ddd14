using System.Globalization;
using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Time;
using Cqo.Training.Application.Courses;
using Cqo.Training.Contracts;

namespace Cqo.Training.Application.Calendar;

/// <summary>
/// A course's sessions as an iCalendar file that calendar clients can import or subscribe to. Each
/// session's id is its UID and its change count its SEQUENCE, so a moved session updates the event
/// already in the calendar; a cancelled course is sent as METHOD:CANCEL with every event cancelled.
/// </summary>
internal sealed class CourseCalendar(CourseQueries courses, CourseTrainerNames trainerNames, IReferenceDataQueries reference, TimeProvider clock)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public async Task<string> ForCourseAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await courses.GetAsync(courseId, cancellationToken);
        var syllabus = await reference.FindSyllabusAsync(course.SyllabusVersionCode, cancellationToken);
        var moduleNames = syllabus?.Modules.ToDictionary(m => m.Code, m => m.NameZh) ?? [];
        var trainers = await trainerNames.ForAsync(course, cancellationToken);
        var cancelled = course.Status == CourseStatus.Cancelled;
        var now = clock.GetUtcNow();

        var calendar = new ICalendarText()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", "-//CQO Platform//Training//ZH")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", cancelled ? "CANCEL" : "PUBLISH")
            .Text("X-WR-CALNAME", course.Title);
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

        return calendar.Line("END", "VCALENDAR").ToString();
    }
}
