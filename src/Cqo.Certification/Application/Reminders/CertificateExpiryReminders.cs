using Cqo.Certification.Contracts;
using Cqo.Certification.Infrastructure;
using Cqo.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.Reminders;

/// <summary>
/// Valid certificates nearing their last day (DOMAIN.md §5: 90, 30 and 7 days before, and on the
/// day). A renewed certificate is replaced, no longer valid, and so drops out; its successor has a
/// later last day and its own reminders.
/// </summary>
internal sealed class CertificateExpiryReminders(CertificationDbContext db) : IReminderSource
{
    public string Event => "certification.certificate-expiring";

    public OffsetUnit Unit => OffsetUnit.DaysBefore;

    public IReadOnlyList<string> Fields { get; } = ["holderName", "number", "validUntil", "daysLeft", "courseTitle"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("certificate-expiry", [90, 30, 7, 0], ReminderAudience.Holder, NotificationChannel.Email | NotificationChannel.Inbox, "0 8 * * *",
        [
            new("zh-CN", "您的首席质量官证书 {number} 将于 {validUntil} 到期",
                "{holderName}，您好：\n您的首席质量官培训证书（编号 {number}）有效期至 {validUntil}，还剩 {daysLeft} 天。请在到期前完成继续教育学时并申请续期。\n查看证书与续期进度：{link}"),
            new("en", "Your CQO certificate {number} expires on {validUntil}",
                "Dear {holderName},\nYour chief quality officer certificate {number} is valid until {validUntil}: {daysLeft} days left. Complete your continuing-education hours and renew it before then.\nYour certificates and renewal progress: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var days = window.EventDaysBefore().Select(d => (DateOnly?)d).ToList();
        var due = db.Certificates.AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Valid && days.Contains(c.ValidUntil))
            .OrderBy(c => c.ValidUntil).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Number, c.HolderName, c.HolderUserId, c.EnterpriseId, c.JurisdictionCode, c.CourseTitle, ValidUntil = c.ValidUntil!.Value })
            .AsAsyncEnumerable();
        await foreach (var c in due.WithCancellation(cancellationToken))
        {
            if (window.OffsetBefore(c.ValidUntil) is not { } offset)
            {
                continue;
            }

            yield return new DueReminder(
                c.Id.ToString(),
                $"{offset}@{c.ValidUntil:yyyy-MM-dd}",
                c.ValidUntil.AddDays(-offset),
                new ReminderParties(c.HolderUserId, c.EnterpriseId, null, c.JurisdictionCode),
                new Dictionary<string, object?>
                {
                    ["holderName"] = c.HolderName,
                    ["number"] = c.Number,
                    ["validUntil"] = c.ValidUntil,
                    ["daysLeft"] = c.ValidUntil.DayNumber - window.Today.DayNumber,
                    ["courseTitle"] = c.CourseTitle,
                },
                "/certification/mine");
        }
    }
}
