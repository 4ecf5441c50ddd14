using Cqo.Notifications.Contracts;
using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Reminders;

/// <summary>
/// Filings returned for changes (DOMAIN.md §5): the enterprise at once (run every few minutes),
/// again 7 and 14 days later while the filing is still returned. The days count from the latest
/// return, so a filing returned a second time starts over; a resubmitted one drops out.
/// </summary>
internal sealed class FilingReturnedReminders(RegistryDbContext db) : IReminderSource
{
    public string Event => "registry.filing-returned";

    public OffsetUnit Unit => OffsetUnit.DaysAfter;

    public IReadOnlyList<string> Fields { get; } = ["enterpriseName", "officerName", "returnedOn", "comment", "daysSince"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("filing-returned", [0, 7, 14], ReminderAudience.Enterprise, NotificationChannel.Email | NotificationChannel.Inbox | NotificationChannel.Webhook, "*/15 * * * *",
        [
            new("zh-CN", "首席质量官备案被退回，请修改后重新提交",
                "{enterpriseName}：\n贵单位为 {officerName} 提交的首席质量官聘任备案已于 {returnedOn} 被审核人员退回（至今 {daysSince} 天），退回意见：{comment}\n请按意见修改备案材料后重新提交：{link}"),
            new("en", "Your CQO filing was returned: please change and resubmit it",
                "{enterpriseName}:\nThe CQO appointment filing for {officerName} was returned by the reviewer on {returnedOn} ({daysSince} days ago) with this comment: {comment}\nPlease change the filing as asked and submit it again: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = window.EventDaysAfter();
        if (days.Count == 0)
        {
            yield break;
        }

        // Returns from the earliest to the latest day asked about; each is then checked against the offsets.
        var (earliest, latest) = (days[0].StartOfShanghaiDay(), days[^1].AddDays(1).StartOfShanghaiDay());
        var enterprises = db.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope]);
        var people = db.People.IgnoreQueryFilters([QueryFilters.DataScope]);
        var due = db.Filings.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(f => f.Status == FilingStatus.Returned)
            .Select(f => new
            {
                f.Id,
                f.EnterpriseId,
                f.JurisdictionCode,
                Return = f.Steps.Where(s => s.Action == FilingAction.Returned).OrderByDescending(s => s.Sequence).Select(s => new { s.At, s.Comment }).First(),
                EnterpriseName = enterprises.Where(e => e.Id == f.EnterpriseId).Select(e => e.Name).FirstOrDefault() ?? "",
                PersonName = people.Where(p => p.Id == f.PersonId).Select(p => p.Name).FirstOrDefault() ?? "",
            })
            .Where(f => f.Return.At >= earliest && f.Return.At < latest)
            .OrderBy(f => f.Return.At).ThenBy(f => f.Id)
            .AsAsyncEnumerable();
        await foreach (var f in due.WithCancellation(cancellationToken))
        {
            var returnedOn = f.Return.At.ToShanghaiDate();
            if (window.OffsetAfter(returnedOn) is not { } offset)
            {
                continue;
            }

            yield return new DueReminder(
                f.Id.ToString(),
                $"{offset}@{returnedOn:yyyy-MM-dd}",
                returnedOn.AddDays(offset),
                new ReminderParties(EnterpriseId: f.EnterpriseId, JurisdictionCode: f.JurisdictionCode),
                new Dictionary<string, object?>
                {
                    ["enterpriseName"] = f.EnterpriseName,
                    ["officerName"] = f.PersonName,
                    ["returnedOn"] = returnedOn,
                    ["comment"] = f.Return.Comment ?? "",
                    ["daysSince"] = window.Today.DayNumber - returnedOn.DayNumber,
                },
                $"/registry/filings/{f.Id}");
        }
    }
}
