using Cqo.Notifications.Contracts;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Reminders;

/// <summary>
/// Everyone a cancelled course had seated, waitlisted or awaiting confirmation, with the reason
/// (DOMAIN.md §4: enrollees are told). Run every few minutes so the news goes out soon. A cancelled
/// course changes no more (only archiving, which moves it out of Cancelled), so its last
/// modification is the cancellation; no column of its own was needed.
/// </summary>
internal sealed class CourseCancelledReminders(TrainingDbContext db) : IReminderSource
{
    private static readonly EnrolmentStatus[] s_enrolled = [EnrolmentStatus.Applied, EnrolmentStatus.Waitlisted, .. Enrolment.SeatedStatuses];

    /// <summary>The integration event's name: notifications triggers these rules when the event arrives.</summary>
    public string Event => CourseCancelled.EventName;

    public OffsetUnit Unit => OffsetUnit.DaysAfter;

    public IReadOnlyList<string> Fields { get; } = ["traineeName", "courseTitle", "providerName", "reason", "startDate", "cancelledOn"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("course-cancelled", [0], ReminderAudience.Holder | ReminderAudience.Enterprise, NotificationChannel.Email | NotificationChannel.Inbox | NotificationChannel.Webhook, "*/15 * * * *",
        [
            new("zh-CN", "课程取消通知：“{courseTitle}”",
                "您好：\n{providerName}已于 {cancelledOn} 取消原定 {startDate} 开课的“{courseTitle}”，取消原因：{reason}。\n{traineeName} 在该课程的报名随之失效，无需再做任何操作；如需参加培训，请另行选择其他课程报名。\n查看课程：{link}"),
            new("en", "Course cancelled: “{courseTitle}”",
                "Hello,\n{providerName} cancelled “{courseTitle}”, which was to start on {startDate}, on {cancelledOn}. The reason given: {reason}.\nThe enrolment of {traineeName} lapses with it and needs nothing more; to be trained, please apply for another course.\nThe course: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = window.EventDaysAfter();
        if (days.Count == 0)
        {
            yield break;
        }

        // Courses cancelled from the earliest to the latest day asked about; each is then checked against the offsets.
        var (earliest, latest) = (days[0].StartOfShanghaiDay(), days[^1].AddDays(1).StartOfShanghaiDay());
        var providers = db.Providers.IgnoreQueryFilters([QueryFilters.DataScope]);
        var due = (from e in db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope])
                   join c in db.Courses.IgnoreQueryFilters([QueryFilters.DataScope]) on e.CourseId equals c.Id
                   where c.Status == CourseStatus.Cancelled && c.ModifiedAt >= earliest && c.ModifiedAt < latest && s_enrolled.Contains(e.Status)
                   orderby c.ModifiedAt, e.Id
                   select new
                   {
                       e.Id,
                       e.TraineeName,
                       e.TraineeUserId,
                       e.SponsorId,
                       e.ProviderId,
                       e.JurisdictionCode,
                       CourseId = c.Id,
                       c.Title,
                       c.StartDate,
                       Reason = c.CancelReason ?? "",
                       CancelledAt = c.ModifiedAt!.Value,
                       ProviderName = providers.Where(p => p.Id == c.ProviderId).Select(p => p.Name).FirstOrDefault() ?? "",
                   })
            .AsNoTracking().AsAsyncEnumerable();
        await foreach (var e in due.WithCancellation(cancellationToken))
        {
            var cancelledOn = e.CancelledAt.ToShanghaiDate();
            if (window.OffsetAfter(cancelledOn) is not { } offset)
            {
                continue;
            }

            yield return new DueReminder(
                e.Id.ToString(),
                $"{offset}@{cancelledOn:yyyy-MM-dd}",
                cancelledOn.AddDays(offset),
                new ReminderParties(e.TraineeUserId, e.SponsorId, e.ProviderId, e.JurisdictionCode),
                new Dictionary<string, object?>
                {
                    ["traineeName"] = e.TraineeName,
                    ["courseTitle"] = e.Title,
                    ["providerName"] = e.ProviderName,
                    ["reason"] = e.Reason,
                    ["startDate"] = e.StartDate,
                    ["cancelledOn"] = cancelledOn,
                },
                $"/training/courses/{e.CourseId}");
        }
    }
}
