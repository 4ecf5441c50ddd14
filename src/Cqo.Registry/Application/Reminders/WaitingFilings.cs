using Cqo.Platform.Time;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Reminders;

/// <summary>
/// The filings waiting for review (submitted or under review), with how many working days each has
/// waited: the same count the review queue shows. Hundreds at most, so read whole.
/// </summary>
internal sealed class WaitingFilings(RegistryDbContext db, WorkingCalendar calendar)
{
    public async Task<IReadOnlyList<WaitingFiling>> ListAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.Filings.AsNoTracking()
            .Where(f => (f.Status == FilingStatus.Submitted || f.Status == FilingStatus.UnderReview) && f.SubmittedAt != null)
            .Select(f => new
            {
                f.Id,
                f.EnterpriseId,
                EnterpriseName = db.Enterprises.Where(e => e.Id == f.EnterpriseId).Select(e => e.Name).FirstOrDefault() ?? "",
                PersonName = db.People.Where(p => p.Id == f.PersonId).Select(p => p.Name).FirstOrDefault() ?? "",
                f.JurisdictionCode,
                SubmittedAt = f.SubmittedAt!.Value,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            var submittedOn = r.SubmittedAt.ToShanghaiDate();
            return new WaitingFiling(r.Id, r.EnterpriseId, r.EnterpriseName, r.PersonName, r.JurisdictionCode, submittedOn, calendar.WorkingDaysBetween(submittedOn, today));
        }).OrderByDescending(f => f.WorkingDays).ThenBy(f => f.SubmittedOn)];
    }

    /// <summary>The day a filing submitted on <paramref name="submittedOn"/> has waited <paramref name="workingDays"/> working days.</summary>
    public DateOnly ReachedOn(DateOnly submittedOn, int workingDays) => calendar.AddWorkingDays(submittedOn, workingDays);
}

internal sealed record WaitingFiling(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string PersonName,
    string? JurisdictionCode,
    DateOnly SubmittedOn,
    int WorkingDays);
