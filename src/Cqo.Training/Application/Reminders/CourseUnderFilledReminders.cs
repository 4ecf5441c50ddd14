using Cqo.Notifications.Contracts;
using Cqo.Platform.Persistence;
using Cqo.Training.Contracts;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Reminders;

/// <summary>
/// Published courses with fewer than half their seats taken 5 days before enrolment closes
/// (DOMAIN.md §5), so the provider can still promote the course or move it. Applications awaiting
/// confirmation hold no seat yet and do not count.
/// </summary>
internal sealed class CourseUnderFilledReminders(TrainingDbContext db) : IReminderSource
{
    public string Event => "training.course-under-filled";

    public OffsetUnit Unit => OffsetUnit.DaysBefore;

    public IReadOnlyList<string> Fields { get; } = ["courseTitle", "seatsTaken", "capacity", "enrolmentCloses", "daysLeft", "startDate"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("course-under-filled", [5], ReminderAudience.Provider, NotificationChannel.Email | NotificationChannel.Inbox | NotificationChannel.Webhook, "0 8 * * *",
        [
            new("zh-CN", "报名人数不足一半：{courseTitle}",
                "您好：\n贵机构的“{courseTitle}”将于 {enrolmentCloses} 截止报名（还剩 {daysLeft} 天），目前仅占用 {seatsTaken} 个名额，不到 {capacity} 个名额的一半。课程计划于 {startDate} 开课，请考虑加强宣传、联系企业组织报名，或调整开课安排。\n查看课程：{link}"),
            new("en", "Under half full: {courseTitle}",
                "Hello,\nEnrolment for your course “{courseTitle}” closes on {enrolmentCloses}, {daysLeft} days from now, and only {seatsTaken} of its {capacity} seats are taken: under half. The course is to start on {startDate}; consider promoting it, inviting enterprises to enrol their staff, or rescheduling it.\nThe course: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = window.EventDaysBefore();
        var due = db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(c => c.Status == CourseStatus.Published && days.Contains(c.EnrolmentCloses) && c.SeatsTaken * 2 < c.Capacity)
            .OrderBy(c => c.EnrolmentCloses).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ProviderId, c.Title, c.SeatsTaken, c.Capacity, c.EnrolmentCloses, c.StartDate })
            .AsAsyncEnumerable();
        await foreach (var c in due.WithCancellation(cancellationToken))
        {
            if (window.OffsetBefore(c.EnrolmentCloses) is not { } offset)
            {
                continue;
            }

            yield return new DueReminder(
                c.Id.ToString(),
                $"{offset}@{c.EnrolmentCloses:yyyy-MM-dd}",
                c.EnrolmentCloses.AddDays(-offset),
                new ReminderParties(ProviderId: c.ProviderId),
                new Dictionary<string, object?>
                {
                    ["courseTitle"] = c.Title,
                    ["seatsTaken"] = c.SeatsTaken,
                    ["capacity"] = c.Capacity,
                    ["enrolmentCloses"] = c.EnrolmentCloses,
                    ["daysLeft"] = c.EnrolmentCloses.DayNumber - window.Today.DayNumber,
                    ["startDate"] = c.StartDate,
                },
                $"/training/courses/{c.Id}");
        }
    }
}
