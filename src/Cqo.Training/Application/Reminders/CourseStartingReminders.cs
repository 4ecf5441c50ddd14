using System.Text;
using Cqo.Notifications.Contracts;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Time;
using Cqo.Training.Application.Calendar;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Reminders;

/// <summary>
/// Seated trainees, 7 days and 1 day before their course's first session (DOMAIN.md §5), with the
/// course's sessions as an iCalendar file. The day counts from the first session as scheduled, so a
/// moved first session is a new occasion; a cancelled course or a seat given up drops out.
/// </summary>
internal sealed class CourseStartingReminders(TrainingDbContext db, CourseCalendar calendars) : IReminderSource
{
    public const string AttachmentName = "course.ics";

    public const string AttachmentType = CourseCalendar.ContentType + "; method=PUBLISH";

    private static readonly CourseStatus[] s_notStarted = [CourseStatus.Published, CourseStatus.EnrolmentClosed, CourseStatus.InProgress];

    public string Event => "training.course-starting";

    public OffsetUnit Unit => OffsetUnit.DaysBefore;

    public IReadOnlyList<string> Fields { get; } = ["traineeName", "courseTitle", "providerName", "startsOn", "startsAt", "location", "daysLeft"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("course-starting", [7, 1], ReminderAudience.Holder, NotificationChannel.Email | NotificationChannel.Inbox, "0 8 * * *",
        [
            new("zh-CN", "开课提醒：“{courseTitle}”将于 {startsOn} 开课",
                "{traineeName}，您好：\n您报名的“{courseTitle}”（{providerName}）将于 {startsAt} 开始第一次课，还有 {daysLeft} 天，地点：{location}。\n邮件附有课程日程（.ics 文件），可导入手机或电脑日历。请按时参加并签到，出勤不足将不能参加考试。\n查看课程安排：{link}"),
            new("en", "Reminder: “{courseTitle}” starts on {startsOn}",
                "Dear {traineeName},\n“{courseTitle}” by {providerName} has its first session at {startsAt}, {daysLeft} days from now, at {location}.\nThe attached .ics file puts every session into your calendar. Please attend and check in: too little attendance rules out the exam.\nThe course schedule: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = window.EventDaysBefore();
        if (days.Count == 0)
        {
            yield break;
        }

        // The first sessions starting on the earliest to the latest day asked about; each is then checked against the offsets.
        var (earliest, latest) = (days[0].StartOfShanghaiDay(), days[^1].AddDays(1).StartOfShanghaiDay());
        var providers = db.Providers.IgnoreQueryFilters([QueryFilters.DataScope]);
        var due = (from e in db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope])
                   join c in db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]) on e.CourseId equals c.Id
                   let first = c.Sessions.Min(s => (DateTimeOffset?)s.StartsAt)
                   where Enrolment.SeatedStatuses.Contains(e.Status) && s_notStarted.Contains(c.Status) && first >= earliest && first < latest
                   orderby first, e.Id
                   select new
                   {
                       e.Id,
                       e.TraineeName,
                       e.TraineeUserId,
                       e.SponsorId,
                       e.JurisdictionCode,
                       CourseId = c.Id,
                       c.Title,
                       FirstStart = first!.Value,
                       Location = c.Sessions.OrderBy(s => s.StartsAt).Select(s => s.Venue ?? s.OnlineLink).FirstOrDefault(),
                       ProviderName = providers.Where(p => p.Id == c.ProviderId).Select(p => p.Name).FirstOrDefault() ?? "",
                   })
            .AsNoTracking().AsAsyncEnumerable();
        await foreach (var e in due.WithCancellation(cancellationToken))
        {
            var startsOn = e.FirstStart.ToShanghaiDate();
            if (window.OffsetBefore(startsOn) is not { } offset)
            {
                continue;
            }

            yield return new DueReminder(
                e.Id.ToString(),
                $"{offset}@{startsOn:yyyy-MM-dd}",
                startsOn.AddDays(-offset),
                new ReminderParties(e.TraineeUserId, e.SponsorId, null, e.JurisdictionCode),
                new Dictionary<string, object?>
                {
                    ["traineeName"] = e.TraineeName,
                    ["courseTitle"] = e.Title,
                    ["providerName"] = e.ProviderName,
                    ["startsOn"] = startsOn,
                    ["startsAt"] = e.FirstStart,
                    ["location"] = e.Location ?? "",
                    ["daysLeft"] = startsOn.DayNumber - window.Today.DayNumber,
                },
                $"/training/courses/{e.CourseId}");
        }
    }

    public bool Attaches => true;

    /// <summary>The course's sessions for the trainee's calendar; the subject is the enrolment, seated, so meeting links are theirs to see.</summary>
    public async Task<ReminderAttachment?> AttachAsync(string subjectKey, CancellationToken cancellationToken) =>
        Guid.TryParse(subjectKey, out var enrolmentId) && await calendars.ForSeatAsync(enrolmentId, cancellationToken) is { } calendar
            ? new ReminderAttachment(AttachmentName, AttachmentType, Encoding.UTF8.GetBytes(calendar))
            : null;
}
