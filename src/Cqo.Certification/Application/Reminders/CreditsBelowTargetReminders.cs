using Cqo.Certification.Contracts;
using Cqo.Certification.Infrastructure;
using Cqo.Notifications.Contracts;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cqo.Certification.Application.Reminders;

/// <summary>
/// Holders of valid certificates whose continuing-education hours are still short of what renewal
/// needs, once a year in the fourth quarter (DOMAIN.md §5): the event is 1 October, so the offsets
/// count days into the quarter. Hours count as renewal counts them (<c>CreditLedger.HoursTowardsAsync</c>):
/// approved, of the holder's account or staff record, completed within the certificate's validity.
/// A certificate without an end needs no renewal and is left out.
/// </summary>
internal sealed class CreditsBelowTargetReminders(CertificationDbContext db, IOptions<CertificationOptions> options) : IReminderSource
{
    public string Event => "certification.credits-below-target";

    public OffsetUnit Unit => OffsetUnit.DaysAfter;

    public IReadOnlyList<string> Fields { get; } = ["holderName", "number", "validUntil", "hoursDone", "hoursRequired", "hoursShort"];

    public IReadOnlyList<DefaultRule> Defaults { get; } =
    [
        new("credits-below-target", [0], ReminderAudience.Holder, NotificationChannel.Email | NotificationChannel.Inbox, "0 8 * * *",
        [
            new("zh-CN", "继续教育学时提醒：已完成 {hoursDone} 学时，续期需 {hoursRequired} 学时",
                "{holderName}，您好：\n您的首席质量官证书（编号 {number}）有效期至 {validUntil}，续期需在有效期内完成 {hoursRequired} 学时继续教育。目前已认定 {hoursDone} 学时，还差 {hoursShort} 学时。请合理安排时间参加继续教育，在外参加的培训请及时登记学时。\n查看学时记录：{link}"),
            new("en", "Continuing education: {hoursDone} of the {hoursRequired} hours renewal needs",
                "Dear {holderName},\nYour CQO certificate {number} is valid until {validUntil}; renewing it needs {hoursRequired} hours of continuing education within its validity. {hoursDone} hours are approved so far: {hoursShort} to go. Please plan your continuing education, and log the hours of training taken elsewhere.\nYour hours: {link}"),
        ]),
    ];

    public async IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // This year's 1 October, or last year's while the catch-up days reach back over the new year.
        var due = new[] { window.Today.Year, window.From.Year }.Distinct()
            .Select(year => new DateOnly(year, 10, 1))
            .Select(day => (Day: day, Offset: window.OffsetAfter(day)))
            .FirstOrDefault(d => d.Offset is not null);
        if (due.Offset is not { } offset || options.Value.RenewalHours <= 0)
        {
            yield break;
        }

        var required = options.Value.RenewalHours;
        foreach (var c in await BelowAsync(due.Day, required, cancellationToken))
        {
            yield return new DueReminder(
                c.Id.ToString(),
                $"{offset}@{due.Day:yyyy-MM-dd}",
                due.Day.AddDays(offset),
                new ReminderParties(c.HolderUserId, c.EnterpriseId, null, c.JurisdictionCode),
                new Dictionary<string, object?>
                {
                    ["holderName"] = c.HolderName,
                    ["number"] = c.Number,
                    ["validUntil"] = c.ValidUntil,
                    ["hoursDone"] = Plain(c.Hours),
                    ["hoursRequired"] = Plain(required),
                    ["hoursShort"] = Plain(required - c.Hours),
                },
                "/certification/credits");
        }
    }

    /// <summary>
    /// The certificates valid on <paramref name="day"/> with fewer than <paramref name="required"/>
    /// hours, in two queries whatever their number: the certificates, then every approved credit that
    /// counts towards one of them. Summed here, since SQLite cannot sum decimals.
    /// </summary>
    private async Task<IReadOnlyList<ShortCertificate>> BelowAsync(DateOnly day, decimal required, CancellationToken cancellationToken)
    {
        var certificates = db.Certificates.IgnoreQueryFilters([QueryFilters.DataScope])
            .Where(c => c.Status == CertificateStatus.Valid && c.ValidUntil != null && c.IssuedOn <= day && c.ValidUntil >= day);
        var holders = await certificates.AsNoTracking()
            .OrderBy(c => c.ValidUntil).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Number, c.HolderName, c.HolderUserId, c.PersonId, c.EnterpriseId, c.JurisdictionCode, c.IssuedOn, ValidUntil = c.ValidUntil!.Value })
            .ToListAsync(cancellationToken);
        var credits = await db.Credits.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(e => e.Status == CreditStatus.Approved && certificates.Any(c => e.CompletedOn >= c.IssuedOn && e.CompletedOn <= c.ValidUntil
                && ((c.HolderUserId != null && e.HolderUserId == c.HolderUserId) || (c.PersonId != null && e.PersonId == c.PersonId))))
            .Select(e => new { e.Id, e.HolderUserId, e.PersonId, e.CompletedOn, e.Hours })
            .ToListAsync(cancellationToken);
        var byAccount = credits.Where(e => e.HolderUserId is not null).ToLookup(e => e.HolderUserId!.Value);
        var byPerson = credits.Where(e => e.PersonId is not null).ToLookup(e => e.PersonId!.Value);

        var below = new List<ShortCertificate>();
        foreach (var c in holders)
        {
            // An entry of both the account and the staff record counts once.
            var hours = (c.HolderUserId is { } account ? byAccount[account] : [])
                .Concat(c.PersonId is { } person ? byPerson[person] : [])
                .DistinctBy(e => e.Id)
                .Where(e => e.CompletedOn >= c.IssuedOn && e.CompletedOn <= c.ValidUntil)
                .Sum(e => e.Hours);
            if (hours < required)
            {
                below.Add(new ShortCertificate(c.Id, c.Number, c.HolderName, c.HolderUserId, c.EnterpriseId, c.JurisdictionCode, c.ValidUntil, hours));
            }
        }

        return below;
    }

    /// <summary>Hours without trailing zeros (24, 11.5), however the database returned their scale.</summary>
    private static decimal Plain(decimal hours) => hours / 1.0000000000000000000000000000m;

    private sealed record ShortCertificate(
        Guid Id, string Number, string HolderName, Guid? HolderUserId, Guid? EnterpriseId, string? JurisdictionCode, DateOnly ValidUntil, decimal Hours);
}
