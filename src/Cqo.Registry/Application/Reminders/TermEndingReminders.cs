using Cqo.Notifications.Contracts;
using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Reminders;

/// <summary>
/// Active appointments whose term ends in 60 and in 30 days (DOMAIN.md §5), so the enterprise
/// re-appoints or files a successor in time. A changed term end is a new occasion.
/// </summary>
internal sealed class TermEndingReminders(RegistryDbContext db) : IReminderSource
{
    public string Event => "registry.term-ending";

    public OffsetUnit Unit => OffsetUnit.DaysBefore;

    public IReadOnlyList<string> Fields { get; } = ["enterpriseName", "officerName", "termEnd", "daysLeft"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("term-ending", [60, 30], ReminderAudience.Enterprise, NotificationChannel.Email | NotificationChannel.Inbox | NotificationChannel.Webhook, "0 8 * * *",
        [
            new("zh-CN", "首席质量官任期将于 {termEnd} 届满",
                "{enterpriseName}：\n贵单位首席质量官 {officerName} 的任期将于 {termEnd} 届满，还剩 {daysLeft} 天。如需续聘或另聘，请提前办理并在平台提交新的聘任备案，避免首席质量官岗位空缺。\n查看备案：{link}"),
            new("en", "Your CQO's term ends on {termEnd}",
                "{enterpriseName}:\nThe term of {officerName} as your chief quality officer ends on {termEnd}, {daysLeft} days from now. To re-appoint them or appoint a successor, file the new appointment on the platform in time, so the post is not left empty.\nThe filing: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = window.EventDaysBefore().Select(d => (DateOnly?)d).ToList();
        var enterprises = db.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope]);
        var people = db.People.IgnoreQueryFilters([QueryFilters.DataScope]);
        var due = db.Filings.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(f => f.Status == FilingStatus.Active && days.Contains(f.TermEnd))
            .OrderBy(f => f.TermEnd).ThenBy(f => f.Id)
            .Select(f => new
            {
                f.Id,
                f.EnterpriseId,
                f.JurisdictionCode,
                TermEnd = f.TermEnd!.Value,
                EnterpriseName = enterprises.Where(e => e.Id == f.EnterpriseId).Select(e => e.Name).FirstOrDefault() ?? "",
                PersonName = people.Where(p => p.Id == f.PersonId).Select(p => p.Name).FirstOrDefault() ?? "",
            })
            .AsAsyncEnumerable();
        await foreach (var f in due.WithCancellation(cancellationToken))
        {
            if (window.OffsetBefore(f.TermEnd) is not { } offset)
            {
                continue;
            }

            yield return new DueReminder(
                f.Id.ToString(),
                $"{offset}@{f.TermEnd:yyyy-MM-dd}",
                f.TermEnd.AddDays(-offset),
                new ReminderParties(EnterpriseId: f.EnterpriseId, JurisdictionCode: f.JurisdictionCode),
                new Dictionary<string, object?>
                {
                    ["enterpriseName"] = f.EnterpriseName,
                    ["officerName"] = f.PersonName,
                    ["termEnd"] = f.TermEnd,
                    ["daysLeft"] = f.TermEnd.DayNumber - window.Today.DayNumber,
                },
                $"/registry/filings/{f.Id}");
        }
    }
}
