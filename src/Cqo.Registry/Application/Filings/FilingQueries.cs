using Cqo.Platform.Persistence;
using Cqo.Platform.Time;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Filings;

/// <summary>
/// Filters: <c>search</c> (a USCC, else a prefix of the enterprise's or the officer's name),
/// enterprise, district, regulator unit, statuses, and the submission date range.
/// <c>awaitingReview</c> lists what a reviewer has to act on (submitted or under review).
/// </summary>
internal sealed record FilingFilter(
    string? Search = null,
    Guid? EnterpriseId = null,
    string? DistrictCode = null,
    string? RegulatorUnitCode = null,
    IReadOnlyList<FilingStatus>? Statuses = null,
    bool AwaitingReview = false,
    DateOnly? SubmittedFrom = null,
    DateOnly? SubmittedTo = null);

internal sealed class FilingQueries(RegistryDbContext db, WorkingCalendar calendar, TimeProvider clock)
{
    // Initialized by members, not a constructor, so that EF can sort and page over it.
    private sealed class Row
    {
        public Guid Id { get; init; }

        public Guid EnterpriseId { get; init; }

        public string EnterpriseName { get; init; } = "";

        public string Uscc { get; init; } = "";

        public string DistrictCode { get; init; } = "";

        public string PersonName { get; init; } = "";

        public FilingStatus Status { get; init; }

        public DateOnly AppointmentDate { get; init; }

        public DateTimeOffset? SubmittedAt { get; init; }

        public DateOnly? AnnouncementEnd { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public Guid ConcurrencyStamp { get; init; }
    }

    private static readonly SortMap<Row> s_sort = new SortMap<Row>("-createdAt", r => r.Id)
        .Add("createdAt", r => r.CreatedAt)
        .Add("submittedAt", r => r.SubmittedAt)
        .Add("enterpriseName", r => r.EnterpriseName)
        .Add("status", r => r.Status)
        .Add("appointmentDate", r => r.AppointmentDate);

    public async Task<PagedResult<FilingListItemDto>> ListAsync(FilingFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = Filter(filter);
        var today = clock.Today();
        return (await rows.ToPageAsync(s_sort, page, cancellationToken)).Map(r => new FilingListItemDto(
            r.Id, r.EnterpriseId, r.EnterpriseName, r.Uscc, r.DistrictCode, r.PersonName, r.Status, r.AppointmentDate, r.SubmittedAt,
            WaitingWorkingDays(r, today), r.AnnouncementEnd, r.ConcurrencyStamp));
    }

    /// <summary>How many working days a filing has waited for its review, counted from the day it was submitted.</summary>
    private int? WaitingWorkingDays(Row row, DateOnly today) =>
        row.Status is FilingStatus.Submitted or FilingStatus.UnderReview && row.SubmittedAt is { } submitted
            ? calendar.WorkingDaysBetween(submitted.ToShanghaiDate(), today)
            : null;

    private IQueryable<Row> Filter(FilingFilter filter)
    {
        var filings = db.Filings.AsNoTracking();
        if (filter.EnterpriseId is { } enterpriseId)
        {
            filings = filings.Where(f => f.EnterpriseId == enterpriseId);
        }

        if (!string.IsNullOrWhiteSpace(filter.RegulatorUnitCode))
        {
            filings = filings.Where(f => f.JurisdictionCode == filter.RegulatorUnitCode);
        }

        if (filter.AwaitingReview)
        {
            filings = filings.Where(f => f.Status == FilingStatus.Submitted || f.Status == FilingStatus.UnderReview);
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            filings = filings.Where(f => statuses.Contains(f.Status));
        }

        if (filter.SubmittedFrom is { } from)
        {
            var start = from.StartOfShanghaiDay();
            filings = filings.Where(f => f.SubmittedAt >= start);
        }

        if (filter.SubmittedTo is { } to)
        {
            var end = to.AddDays(1).StartOfShanghaiDay();
            filings = filings.Where(f => f.SubmittedAt < end);
        }

        var rows = filings
            .Join(db.Enterprises, f => f.EnterpriseId, e => e.Id, (f, e) => new { f, e })
            .Join(db.People, x => x.f.PersonId, p => p.Id, (x, p) => new { x.f, x.e, p });
        if (!string.IsNullOrWhiteSpace(filter.DistrictCode))
        {
            rows = rows.Where(x => x.e.DistrictCode == filter.DistrictCode);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            var uscc = Uscc.Normalize(search);
            rows = Uscc.IsCodeShaped(uscc)
                ? rows.Where(x => x.e.Uscc == uscc)
                : rows.Where(x => x.e.Name.StartsWith(search) || x.p.Name.StartsWith(search));
        }

        return rows.Select(x => new Row
        {
            Id = x.f.Id,
            EnterpriseId = x.e.Id,
            EnterpriseName = x.e.Name,
            Uscc = x.e.Uscc,
            DistrictCode = x.e.DistrictCode,
            PersonName = x.p.Name,
            Status = x.f.Status,
            AppointmentDate = x.f.AppointmentDate,
            SubmittedAt = x.f.SubmittedAt,
            AnnouncementEnd = x.f.AnnouncementEnd,
            CreatedAt = x.f.CreatedAt,
            ConcurrencyStamp = x.f.ConcurrencyStamp,
        });
    }
}
