using Cqo.Notifications.Contracts;
using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Reminders;

/// <summary>
/// Appointments ended or revoked (DOMAIN.md §5): the enterprise is to appoint a successor within 30
/// days of the end. Counted from the day the end was recorded, not the day it took effect, which may
/// be given as earlier: a back-dated end still reaches the enterprise. Left out: an appointment a
/// successor replaced, one whose enterprise has another appointment active or announced already,
/// and a deregistered enterprise's, which appoints nobody.
/// </summary>
internal sealed class FilingEndedReminders(RegistryDbContext db) : IReminderSource
{
    public const int SuccessorDays = 30;

    private static readonly FilingStatus[] s_appointed = [FilingStatus.Active, FilingStatus.Announcing];

    public string Event => "registry.filing-ended";

    public OffsetUnit Unit => OffsetUnit.DaysAfter;

    public IReadOnlyList<string> Fields { get; } = ["enterpriseName", "officerName", "endedOn", "successorDue"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("filing-ended", [0], ReminderAudience.Enterprise, NotificationChannel.Email | NotificationChannel.Inbox | NotificationChannel.Webhook, "0 8 * * *",
        [
            new("zh-CN", "请在 {successorDue} 前补聘首席质量官",
                "{enterpriseName}：\n贵单位首席质量官 {officerName} 的聘任已于 {endedOn} 终止。请在 30 日内（{successorDue} 前）聘任新的首席质量官，并在平台提交聘任备案。\n提交新的备案：{link}"),
            new("en", "Please appoint a new CQO by {successorDue}",
                "{enterpriseName}:\nThe appointment of {officerName} as your chief quality officer ended on {endedOn}. Please appoint a successor within 30 days, by {successorDue}, and file the appointment on the platform.\nFile the new appointment: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = window.EventDaysAfter();
        if (days.Count == 0)
        {
            yield break;
        }

        // Ends recorded from the earliest to the latest day asked about; each is then checked against the offsets.
        var (earliest, latest) = (days[0].StartOfShanghaiDay(), days[^1].AddDays(1).StartOfShanghaiDay());
        var enterprises = db.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope]);
        var people = db.People.IgnoreQueryFilters([QueryFilters.DataScope]);
        var filings = db.Filings.IgnoreQueryFilters([QueryFilters.DataScope]);
        var due = filings.AsNoTracking()
            .Where(f => (f.Status == FilingStatus.Ended || f.Status == FilingStatus.Revoked) && f.EndReason != FilingEndReason.Replaced && f.EndedOn != null)
            .Where(f => enterprises.Any(e => e.Id == f.EnterpriseId && e.Status != EnterpriseStatus.Deregistered))
            .Where(f => !filings.Any(o => o.EnterpriseId == f.EnterpriseId && s_appointed.Contains(o.Status)))
            .Select(f => new
            {
                f.Id,
                f.EnterpriseId,
                f.JurisdictionCode,
                EndedOn = f.EndedOn!.Value,
                // Ended and Revoked are final: the filing's last step is its end.
                RecordedAt = f.Steps.OrderByDescending(s => s.Sequence).Select(s => s.At).First(),
                EnterpriseName = enterprises.Where(e => e.Id == f.EnterpriseId).Select(e => e.Name).FirstOrDefault() ?? "",
                PersonName = people.Where(p => p.Id == f.PersonId).Select(p => p.Name).FirstOrDefault() ?? "",
            })
            .Where(f => f.RecordedAt >= earliest && f.RecordedAt < latest)
            .OrderBy(f => f.RecordedAt).ThenBy(f => f.Id)
            .AsAsyncEnumerable();
        await foreach (var f in due.WithCancellation(cancellationToken))
        {
            var recordedOn = f.RecordedAt.ToShanghaiDate();
            if (window.OffsetAfter(recordedOn) is not { } offset)
            {
                continue;
            }

            yield return new DueReminder(
                f.Id.ToString(),
                $"{offset}@{recordedOn:yyyy-MM-dd}",
                recordedOn.AddDays(offset),
                new ReminderParties(EnterpriseId: f.EnterpriseId, JurisdictionCode: f.JurisdictionCode),
                new Dictionary<string, object?>
                {
                    ["enterpriseName"] = f.EnterpriseName,
                    ["officerName"] = f.PersonName,
                    ["endedOn"] = f.EndedOn,
                    ["successorDue"] = f.EndedOn.AddDays(SuccessorDays),
                },
                "/registry/filings/new");
        }
    }
}
