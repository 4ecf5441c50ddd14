using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Enterprises;

/// <summary>
/// Filters: <c>search</c> (a USCC finds that enterprise; other text is a name prefix), district,
/// regulator unit, industry division, scale, status, the two flags, whether it holds an award, and
/// the registration date range.
/// </summary>
internal sealed record EnterpriseFilter(
    string? Search = null,
    string? DistrictCode = null,
    string? RegulatorUnitCode = null,
    string? IndustryDivisionCode = null,
    EnterpriseScale? Scale = null,
    EnterpriseStatus? Status = null,
    bool? AboveDesignatedSize = null,
    bool? Specialised = null,
    bool? HasAward = null,
    DateOnly? RegisteredFrom = null,
    DateOnly? RegisteredTo = null);

internal sealed class EnterpriseQueries(RegistryDbContext db)
{
    private static readonly SortMap<Enterprise> s_sort = new SortMap<Enterprise>("name", e => e.Id)
        .Add("name", e => e.Name)
        .Add("uscc", e => e.Uscc)
        .Add("districtCode", e => e.DistrictCode)
        .Add("industryDivisionCode", e => e.IndustryDivisionCode)
        .Add("status", e => e.Status)
        .Add("createdAt", e => e.CreatedAt);

    public async Task<EnterpriseDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken))?.ToDto()
        ?? throw new NotFoundException("Enterprise", id);

    /// <summary>
    /// A lookup by code, the registry's most frequent query, compiled once: building and matching its
    /// expression tree on every call cost a tenth of the request. The data-scope filter applies as to
    /// any query; a code names at most one enterprise, so there is nothing to sort or page.
    /// </summary>
    private static readonly Func<RegistryDbContext, string, IAsyncEnumerable<Enterprise>> s_byUscc =
        EF.CompileAsyncQuery((RegistryDbContext db, string uscc) => db.Enterprises.AsNoTracking().Where(e => e.Uscc == uscc));

    public async Task<PagedResult<EnterpriseDto>> ListAsync(EnterpriseFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        if (AsUsccLookup(filter, page) is { } uscc)
        {
            var found = await s_byUscc(db, uscc).ToListAsync(cancellationToken);
            return new PagedResult<EnterpriseDto>([.. found.Select(e => e.ToDto())], found.Count);
        }

        var enterprises = Filter(db.Enterprises.AsNoTracking(), filter);
        return (await enterprises.ToPageAsync(s_sort, page, cancellationToken)).Map(e => e.ToDto());
    }

    /// <summary>The normalized code when the search is a USCC and nothing else narrows or pages the list.</summary>
    private static string? AsUsccLookup(EnterpriseFilter filter, PageRequest page)
    {
        if (string.IsNullOrWhiteSpace(filter.Search) || page.Skip > 0 || filter != new EnterpriseFilter(filter.Search))
        {
            return null;
        }

        var uscc = Uscc.Normalize(filter.Search.Trim());
        return Uscc.IsCodeShaped(uscc) ? uscc : null;
    }

    private static IQueryable<Enterprise> Filter(IQueryable<Enterprise> enterprises, EnterpriseFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            var uscc = Uscc.Normalize(search);
            enterprises = Uscc.IsCodeShaped(uscc)
                ? enterprises.Where(e => e.Uscc == uscc)
                : enterprises.Where(e => e.Name.StartsWith(search));
        }

        if (!string.IsNullOrWhiteSpace(filter.DistrictCode))
        {
            enterprises = enterprises.Where(e => e.DistrictCode == filter.DistrictCode);
        }

        if (!string.IsNullOrWhiteSpace(filter.RegulatorUnitCode))
        {
            enterprises = enterprises.Where(e => e.JurisdictionCode == filter.RegulatorUnitCode);
        }

        if (!string.IsNullOrWhiteSpace(filter.IndustryDivisionCode))
        {
            enterprises = enterprises.Where(e => e.IndustryDivisionCode == filter.IndustryDivisionCode);
        }

        if (filter.Scale is { } scale)
        {
            enterprises = enterprises.Where(e => e.Scale == scale);
        }

        if (filter.Status is { } status)
        {
            enterprises = enterprises.Where(e => e.Status == status);
        }

        if (filter.AboveDesignatedSize is { } above)
        {
            enterprises = enterprises.Where(e => e.AboveDesignatedSize == above);
        }

        if (filter.Specialised is { } specialised)
        {
            enterprises = enterprises.Where(e => e.Specialised == specialised);
        }

        if (filter.HasAward is { } hasAward)
        {
            enterprises = enterprises.Where(e => e.Awards.Any() == hasAward);
        }

        if (filter.RegisteredFrom is { } from)
        {
            var start = from.StartOfShanghaiDay();
            enterprises = enterprises.Where(e => e.CreatedAt >= start);
        }

        if (filter.RegisteredTo is { } to)
        {
            var end = to.AddDays(1).StartOfShanghaiDay();
            enterprises = enterprises.Where(e => e.CreatedAt < end);
        }

        return enterprises;
    }
}
