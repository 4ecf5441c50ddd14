using Cqo.Notifications.Contracts;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Reminders;

/// <summary>
/// A failed candidate with attempts left, once per failed attempt, counted from the day its result
/// was published (DOMAIN.md §5): the trainee learns a retake is open and how many attempts remain.
/// A retake already recorded, a final fail, or a course whose exams are over (scores are recorded
/// only while it is examining) drops out.
/// </summary>
internal sealed class RetakeWindowReminders(TrainingDbContext db) : IReminderSource
{
    public string Event => "training.retake-window";

    public OffsetUnit Unit => OffsetUnit.DaysAfter;

    public IReadOnlyList<string> Fields { get; } = ["traineeName", "courseTitle", "providerName", "score", "passMark", "attempt", "attemptsLeft", "publishedOn"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("retake-window", [0], ReminderAudience.Holder, NotificationChannel.Email | NotificationChannel.Inbox, "0 9 * * *",
        [
            new("zh-CN", "补考提醒：“{courseTitle}”第 {attempt} 次考试未通过",
                "{traineeName}，您好：\n您参加的“{courseTitle}”第 {attempt} 次考试成绩为 {score} 分（合格线 {passMark} 分），已于 {publishedOn} 公布。您还有 {attemptsLeft} 次补考机会，请与{providerName}联系补考安排，认真复习后参加补考。\n查看我的培训：{link}"),
            new("en", "Retake: attempt {attempt} at “{courseTitle}” was not a pass",
                "Dear {traineeName},\nYour score in attempt {attempt} of the exam of “{courseTitle}”, published on {publishedOn}, is {score} (pass mark {passMark}). You have {attemptsLeft} more attempts: contact {providerName} to arrange a retake.\nYour training: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = window.EventDaysAfter();
        if (days.Count == 0)
        {
            yield break;
        }

        // The results published from the earliest to the latest day asked about; each is then checked against the offsets.
        var (earliest, latest) = (days[0].StartOfShanghaiDay(), days[^1].AddDays(1).StartOfShanghaiDay());
        var providers = db.Providers.IgnoreQueryFilters([QueryFilters.DataScope]);
        // Failed (not final) means the latest attempt is published; an unpublished one is the retake, taken already.
        var due = (from e in db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope])
                   join c in db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]) on e.CourseId equals c.Id
                   let publishedAt = e.Attempts.Max(a => a.PublishedAt)
                   where e.Status == EnrolmentStatus.Failed && c.Status == CourseStatus.Examining && !e.Attempts.Any(a => a.PublishedAt == null) && publishedAt >= earliest && publishedAt < latest
                   orderby publishedAt, e.Id
                   select new
                   {
                       e.Id,
                       e.TraineeName,
                       e.TraineeUserId,
                       e.SponsorId,
                       e.ProviderId,
                       e.JurisdictionCode,
                       c.Title,
                       c.PassMark,
                       c.MaxAttempts,
                       Attempt = e.Attempts.Max(a => a.Number),
                       Score = e.Attempts.OrderByDescending(a => a.Number).Select(a => a.Score).First(),
                       PublishedAt = publishedAt!.Value,
                       ProviderName = providers.Where(p => p.Id == c.ProviderId).Select(p => p.Name).FirstOrDefault() ?? "",
                   })
            .AsNoTracking().AsAsyncEnumerable();
        await foreach (var e in due.WithCancellation(cancellationToken))
        {
            var publishedOn = e.PublishedAt.ToShanghaiDate();
            if (window.OffsetAfter(publishedOn) is not { } offset)
            {
                continue;
            }

            yield return new DueReminder(
                e.Id.ToString(),
                $"{offset}@{publishedOn:yyyy-MM-dd}#attempt-{e.Attempt}",
                publishedOn.AddDays(offset),
                new ReminderParties(e.TraineeUserId, e.SponsorId, e.ProviderId, e.JurisdictionCode),
                new Dictionary<string, object?>
                {
                    ["traineeName"] = e.TraineeName,
                    ["courseTitle"] = e.Title,
                    ["providerName"] = e.ProviderName,
                    ["score"] = e.Score,
                    ["passMark"] = e.PassMark,
                    ["attempt"] = e.Attempt,
                    ["attemptsLeft"] = e.MaxAttempts - e.Attempt,
                    ["publishedOn"] = publishedOn,
                },
                "/training/my-learning");
        }
    }
}
