using Cqo.Notifications.Contracts;
using Cqo.Platform.Persistence;
using Cqo.Training.Contracts;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Reminders;

/// <summary>
/// Courses whose results are still not published 7 days after the exam (DOMAIN.md §5): trainees
/// wait for their certificates until the provider publishes. A trainee counts as waiting while
/// seated and not yet examined, or while a recorded score is unpublished.
/// </summary>
internal sealed class ScoresUnpublishedReminders(TrainingDbContext db) : IReminderSource
{
    private static readonly CourseStatus[] s_beforeCompletion =
        [CourseStatus.Published, CourseStatus.EnrolmentClosed, CourseStatus.InProgress, CourseStatus.Examining];

    // Seated and without a published result yet; after a published fail the trainee waits only for a recorded retake.
    private static readonly EnrolmentStatus[] s_awaitingResult = [EnrolmentStatus.Admitted, EnrolmentStatus.Attending, EnrolmentStatus.EligibleForExam];

    public string Event => "training.scores-unpublished";

    public OffsetUnit Unit => OffsetUnit.DaysAfter;

    public IReadOnlyList<string> Fields { get; } = ["courseTitle", "examDate", "waiting", "daysSince"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("scores-unpublished", [7], ReminderAudience.Provider, NotificationChannel.Email | NotificationChannel.Inbox | NotificationChannel.Webhook, "0 9 * * *",
        [
            new("zh-CN", "考试成绩尚未发布：{courseTitle}",
                "您好：\n贵机构“{courseTitle}”的考试已于 {examDate} 举行，{daysSince} 天过去了，仍有 {waiting} 名学员的成绩未发布。成绩发布后，合格学员才能获得证书，请尽快录入并发布成绩。\n录入和发布成绩：{link}"),
            new("en", "Exam results not yet published: {courseTitle}",
                "Hello,\nThe exam of your course “{courseTitle}” took place on {examDate}, {daysSince} days ago, and {waiting} trainees still have no published result. Those who passed get their certificates only once results are published: please record and publish the scores.\nRecord and publish scores: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = window.EventDaysAfter().Select(d => (DateOnly?)d).ToList();
        var enrolments = db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope]);
        var due = db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(c => s_beforeCompletion.Contains(c.Status) && days.Contains(c.ExamDate))
            .Select(c => new
            {
                c.Id,
                c.ProviderId,
                c.Title,
                ExamDate = c.ExamDate!.Value,
                Waiting = enrolments.Count(e => e.CourseId == c.Id
                    && (s_awaitingResult.Contains(e.Status) || e.Attempts.Any(a => a.PublishedAt == null))),
            })
            .Where(c => c.Waiting > 0)
            .OrderBy(c => c.ExamDate).ThenBy(c => c.Id)
            .AsAsyncEnumerable();
        await foreach (var c in due.WithCancellation(cancellationToken))
        {
            if (window.OffsetAfter(c.ExamDate) is not { } offset)
            {
                continue;
            }

            yield return new DueReminder(
                c.Id.ToString(),
                $"{offset}@{c.ExamDate:yyyy-MM-dd}",
                c.ExamDate.AddDays(offset),
                new ReminderParties(ProviderId: c.ProviderId),
                new Dictionary<string, object?>
                {
                    ["courseTitle"] = c.Title,
                    ["examDate"] = c.ExamDate,
                    ["waiting"] = c.Waiting,
                    ["daysSince"] = window.Today.DayNumber - c.ExamDate.DayNumber,
                },
                $"/training/courses/{c.Id}/scores");
        }
    }
}
