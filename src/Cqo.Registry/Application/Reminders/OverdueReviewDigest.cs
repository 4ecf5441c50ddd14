using Cqo.Notifications.Contracts;

namespace Cqo.Registry.Application.Reminders;

/// <summary>
/// A regulator's daily digest of the filings waiting past the threshold, one message a day instead
/// of one per filing: per regulator unit for district regulators, one city-wide for the municipal
/// unit. Nothing is sent on a day nothing is overdue.
/// </summary>
internal sealed class OverdueReviewDigest(WaitingFilings waiting) : IReminderSource
{
    public const string MunicipalSubject = "municipal";

    public string Event => "registry.overdue-review-digest";

    public OffsetUnit Unit => OffsetUnit.WorkingDaysAfter;

    public IReadOnlyList<string> Fields { get; } = ["count", "threshold", "filings", "unit"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        Digest("review-digest-district", 5, ReminderAudience.DistrictRegulator),
        Digest("review-digest-municipal", 10, ReminderAudience.MunicipalRegulator),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var threshold = window.Offsets.Count == 0 ? 0 : window.Offsets.Min();
        var overdue = (await waiting.ListAsync(window.Today, cancellationToken)).Where(f => f.WorkingDays >= threshold).ToList();
        if (window.Audiences.HasFlag(ReminderAudience.DistrictRegulator))
        {
            foreach (var unit in overdue.Where(f => f.JurisdictionCode is not null).GroupBy(f => f.JurisdictionCode!))
            {
                yield return DigestOf(unit.Key, unit.Key, [.. unit], threshold, window.Today);
            }
        }

        if (window.Audiences.HasFlag(ReminderAudience.MunicipalRegulator) && overdue.Count > 0)
        {
            yield return DigestOf(MunicipalSubject, null, overdue, threshold, window.Today);
        }
    }

    private static DueReminder DigestOf(string subject, string? unit, IReadOnlyList<WaitingFiling> filings, int threshold, DateOnly today) => new(
        subject,
        $"{today:yyyy-MM-dd}",
        today,
        new ReminderParties(JurisdictionCode: unit),
        new Dictionary<string, object?>
        {
            ["count"] = filings.Count,
            ["threshold"] = threshold,
            ["filings"] = filings.Select(f => $"· {f.EnterpriseName} · {f.PersonName} · {f.SubmittedOn:yyyy-MM-dd} · {f.WorkingDays}").ToList(),
            ["unit"] = unit ?? "",
        },
        "/registry/review");

    private static DefaultRule Digest(string key, int threshold, ReminderAudience audience) =>
        new(key, [threshold], audience, NotificationChannel.Email, "30 8 * * *",
        [
            new("zh-CN", "待审备案日报：{count} 件已等待 {threshold} 个工作日以上",
                "以下首席质量官备案已等待审核 {threshold} 个工作日以上（企业 · 首席质量官 · 提交日期 · 已等待工作日）：\n{filings}\n\n打开审核队列：{link}"),
            new("en", "Daily digest: {count} filings waiting {threshold}+ working days",
                "These CQO filings have waited {threshold} working days or more for review (enterprise · officer · submitted · working days):\n{filings}\n\nOpen the review queue: {link}"),
        ]);
}
