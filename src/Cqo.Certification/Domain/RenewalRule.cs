using System.Globalization;
using Cqo.Certification.Contracts;
using Cqo.SharedKernel.Errors;

namespace Cqo.Certification.Domain;

/// <summary>
/// When a certificate may be renewed (DOMAIN.md §3, configurable): enough approved hours completed
/// within its validity, asked for within the window around its last day (by default 24 hours, from
/// 90 days before to 180 days after). A renewed certificate runs on from the old last day.
/// </summary>
internal sealed record RenewalRule(decimal RequiredHours, int WindowDaysBefore, int WindowDaysAfter)
{
    public static readonly CertificateStatus[] Renewable = [CertificateStatus.Valid, CertificateStatus.Expired];

    public (DateOnly Opens, DateOnly Closes)? Window(Certificate certificate) =>
        certificate.ValidUntil is { } last ? (last.AddDays(-WindowDaysBefore), last.AddDays(WindowDaysAfter)) : null;

    /// <summary>Why <paramref name="certificate"/> cannot be renewed on <paramref name="today"/> with <paramref name="hours"/>; null when it can.</summary>
    public ErrorMessage? Blocker(Certificate certificate, decimal hours, DateOnly today)
    {
        if (Window(certificate) is not { } window)
        {
            return new ErrorMessage("Certification:RenewalNoEnd");
        }

        var (opens, closes) = window;
        return !Renewable.Contains(certificate.Status) ? new ErrorMessage("Certification:RenewalStatus", new ErrorMessage($"CertificateStatus:{certificate.Status}"))
            : today < opens ? new ErrorMessage("Certification:RenewalTooEarly", Iso(opens))
            : today > closes ? new ErrorMessage("Certification:RenewalTooLate", Iso(closes))
            : hours < RequiredHours ? new ErrorMessage("Certification:RenewalHoursShort", hours, RequiredHours)
            : null;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
