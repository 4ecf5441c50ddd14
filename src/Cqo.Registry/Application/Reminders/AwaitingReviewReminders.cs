using Cqo.Notifications.Contracts;

namespace Cqo.Registry.Application.Reminders;

/// <summary>
/// Filings waiting for review too long (DOMAIN.md §5): after 5 working days the district reviewer
/// hears of each, after 10 the municipal unit. A resubmission after a return counts afresh.
/// </summary>
internal sealed class AwaitingReviewReminders(WaitingFilings waiting) : IReminderSource
{
    public string Event => "registry.filing-awaiting-review";

    public OffsetUnit Unit => OffsetUnit.WorkingDaysAfter;

    public IReadOnlyList<string> Fields { get; } = ["enterpriseName", "officerName", "submittedOn", "workingDays"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("filing-review-overdue", [5], ReminderAudience.DistrictRegulator, NotificationChannel.Inbox, "0 9 * * *",
        [
            new("zh-CN", "备案待审已满 {workingDays} 个工作日：{enterpriseName}",
                "{enterpriseName} 的首席质量官备案（{officerName}）于 {submittedOn} 提交，已等待 {workingDays} 个工作日，请尽快审核。\n{link}"),
            new("en", "Filing waiting {workingDays} working days: {enterpriseName}",
                "The CQO filing of {enterpriseName} ({officerName}) was submitted on {submittedOn} and has waited {workingDays} working days for review.\n{link}"),
        ]),
        new("filing-review-escalation", [10], ReminderAudience.MunicipalRegulator, NotificationChannel.Inbox, "0 9 * * *",
        [
            new("zh-CN", "备案审核超时（{workingDays} 个工作日）：{enterpriseName}",
                "{enterpriseName} 的首席质量官备案（{officerName}）于 {submittedOn} 提交，已等待 {workingDays} 个工作日仍未审结，已提交市局督办。\n{link}"),
            new("en", "Filing review overdue ({workingDays} working days): {enterpriseName}",
                "The CQO filing of {enterpriseName} ({officerName}), submitted on {submittedOn}, has waited {workingDays} working days without a decision and is escalated to the municipal regulator.\n{link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var filing in await waiting.ListAsync(window.Today, cancellationToken))
        {
            // The latest threshold reached within the window: a host down for a day still escalates once.
            var offset = window.Offsets.Where(o => window.InWindow(waiting.ReachedOn(filing.SubmittedOn, o))).Select(o => (int?)o).Max();
            if (offset is null)
            {
                continue;
            }

            yield return new DueReminder(
                filing.Id.ToString(),
                $"{offset}wd@{filing.SubmittedOn:yyyy-MM-dd}",
                waiting.ReachedOn(filing.SubmittedOn, offset.Value),
                new ReminderParties(EnterpriseId: filing.EnterpriseId, JurisdictionCode: filing.JurisdictionCode),
                new Dictionary<string, object?>
                {
                    ["enterpriseName"] = filing.EnterpriseName,
                    ["officerName"] = filing.PersonName,
                    ["submittedOn"] = filing.SubmittedOn,
                    ["workingDays"] = filing.WorkingDays,
                },
                $"/registry/filings/{filing.Id}");
        }
    }
}
