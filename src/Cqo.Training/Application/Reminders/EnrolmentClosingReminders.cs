using Cqo.Notifications.Contracts;
using Cqo.Platform.Persistence;
using Cqo.Training.Contracts;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Reminders;

/// <summary>
/// Applications still waiting for their enterprise's confirmation 3 days before the course stops
/// taking them (DOMAIN.md §5): one not confirmed by then never gets a seat. An application the
/// enterprise confirmed or rejected, or the trainee withdrew, drops out.
/// </summary>
internal sealed class EnrolmentClosingReminders(TrainingDbContext db) : IReminderSource
{
    public string Event => "training.enrolment-closing";

    public OffsetUnit Unit => OffsetUnit.DaysBefore;

    public IReadOnlyList<string> Fields { get; } = ["traineeName", "courseTitle", "providerName", "enrolmentCloses", "daysLeft", "startDate"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("enrolment-closing", [3], ReminderAudience.Enterprise, NotificationChannel.Email | NotificationChannel.Inbox | NotificationChannel.Webhook, "0 8 * * *",
        [
            new("zh-CN", "报名即将截止：{traineeName} 的培训报名待贵单位确认",
                "您好：\n贵单位的 {traineeName} 报名参加了{providerName}的“{courseTitle}”（{startDate} 开课），目前仍待贵单位确认。该课程报名将于 {enrolmentCloses} 截止，还剩 {daysLeft} 天；截止前未确认的报名将无法获得名额。\n请尽快确认或驳回：{link}"),
            new("en", "Enrolment closes soon: {traineeName}'s application awaits your confirmation",
                "Hello,\n{traineeName} of your enterprise has applied for “{courseTitle}” by {providerName} (starting {startDate}), and the application still awaits your confirmation. Enrolment closes on {enrolmentCloses}, {daysLeft} days from now; an application not confirmed by then gets no seat.\nConfirm or reject it: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = window.EventDaysBefore();
        var providers = db.Providers.IgnoreQueryFilters([QueryFilters.DataScope]);
        // Only a sponsored application waits in Applied: a private one is seated or waitlisted at once.
        var due = (from e in db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope])
                   join c in db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]) on e.CourseId equals c.Id
                   where e.Status == EnrolmentStatus.Applied && e.SponsorId != null && c.Status == CourseStatus.Published && days.Contains(c.EnrolmentCloses)
                   orderby c.EnrolmentCloses, e.Id
                   select new
                   {
                       e.Id,
                       e.TraineeName,
                       e.TraineeUserId,
                       e.SponsorId,
                       e.JurisdictionCode,
                       c.Title,
                       c.EnrolmentCloses,
                       c.StartDate,
                       ProviderName = providers.Where(p => p.Id == c.ProviderId).Select(p => p.Name).FirstOrDefault() ?? "",
                   })
            .AsNoTracking().AsAsyncEnumerable();
        await foreach (var e in due.WithCancellation(cancellationToken))
        {
            if (window.OffsetBefore(e.EnrolmentCloses) is not { } offset)
            {
                continue;
            }

            yield return new DueReminder(
                e.Id.ToString(),
                $"{offset}@{e.EnrolmentCloses:yyyy-MM-dd}",
                e.EnrolmentCloses.AddDays(-offset),
                new ReminderParties(e.TraineeUserId, e.SponsorId, null, e.JurisdictionCode),
                new Dictionary<string, object?>
                {
                    ["traineeName"] = e.TraineeName,
                    ["courseTitle"] = e.Title,
                    ["providerName"] = e.ProviderName,
                    ["enrolmentCloses"] = e.EnrolmentCloses,
                    ["daysLeft"] = e.EnrolmentCloses.DayNumber - window.Today.DayNumber,
                    ["startDate"] = e.StartDate,
                },
                "/training/staff");
        }
    }
}
