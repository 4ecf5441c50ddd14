using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Announcements;

/// <summary>
/// The public list of appointments in their announcement window (聘任公示): enterprise, masked
/// officer name, dates. Read by anyone, so it lifts the scope filter and projects public fields only.
/// </summary>
internal sealed class AnnouncementQueries(RegistryDbContext db, TimeProvider clock)
{
    private static readonly SortMap<Row> s_sort = new SortMap<Row>("-windowStart", r => r.FilingId)
        .Add("windowStart", r => r.WindowStart)
        .Add("windowEnd", r => r.WindowEnd)
        .Add("enterpriseName", r => r.EnterpriseName);

    public async Task<PagedResult<AnnouncementDto>> ListAsync(string? districtCode, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var rows = db.Filings.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .Where(f => f.Status == FilingStatus.Announcing && f.AnnouncementEnd >= today)
            .Join(db.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope]), f => f.EnterpriseId, e => e.Id, (f, e) => new { f, e })
            .Join(db.People.IgnoreQueryFilters([QueryFilters.DataScope]), x => x.f.PersonId, p => p.Id, (x, p) => new { x.f, x.e, p });
        if (!string.IsNullOrWhiteSpace(districtCode))
        {
            rows = rows.Where(x => x.e.DistrictCode == districtCode);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            rows = rows.Where(x => x.e.Name.Contains(term) || x.e.Uscc == term);
        }

        var announcements = rows.Select(x => new Row
        {
            FilingId = x.f.Id,
            EnterpriseName = x.e.Name,
            Uscc = x.e.Uscc,
            DistrictCode = x.e.DistrictCode,
            OfficerName = x.p.Name,
            AppointedBy = x.f.AppointedBy,
            AppointmentDate = x.f.AppointmentDate,
            WindowStart = x.f.AnnouncementStart!.Value,
            WindowEnd = x.f.AnnouncementEnd!.Value,
        });
        return (await announcements.ToPageAsync(s_sort, page, cancellationToken)).Map(r => new AnnouncementDto(
            r.FilingId, r.EnterpriseName, r.Uscc, r.DistrictCode, PersonalNameMask.Mask(r.OfficerName), r.AppointedBy, r.AppointmentDate, r.WindowStart, r.WindowEnd));
    }

    // Initialized by members, not a constructor, so that EF can sort and page over it; the name is masked after reading.
    private sealed class Row
    {
        public Guid FilingId { get; init; }

        public string EnterpriseName { get; init; } = "";

        public string Uscc { get; init; } = "";

        public string DistrictCode { get; init; } = "";

        public string OfficerName { get; init; } = "";

        public AppointingBody AppointedBy { get; init; }

        public DateOnly AppointmentDate { get; init; }

        public DateOnly WindowStart { get; init; }

        public DateOnly WindowEnd { get; init; }
    }
}
