using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Domain;
using Cqo.Reference.Infrastructure;
using Cqo.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Reference.Application.ListRegulatorUnits;

/// <summary>Filters: <c>search</c> in code and both names, <c>kind</c>, <c>districtCode</c>.</summary>
internal sealed record ListRegulatorUnitsQuery(string? Search, RegulatorUnitKind? Kind, string? DistrictCode);

internal sealed class ListRegulatorUnitsHandler(ReferenceDbContext db)
{
    private static readonly SortMap<RegulatorUnit> s_sort = new SortMap<RegulatorUnit>("code", u => u.Id)
        .Add("code", u => u.Code)
        .Add("nameZh", u => u.NameZh)
        .Add("nameEn", u => u.NameEn)
        .Add("kind", u => u.Kind)
        .Add("createdAt", u => u.CreatedAt);

    public async Task<PagedResult<RegulatorUnitDto>> HandleAsync(ListRegulatorUnitsQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var units = db.RegulatorUnits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            units = units.Where(u => u.Code.Contains(search) || u.NameZh.Contains(search) || u.NameEn.Contains(search));
        }

        if (query.Kind is { } kind)
        {
            units = units.Where(u => u.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.DistrictCode))
        {
            units = units.Where(u => u.DistrictCode == query.DistrictCode);
        }

        return await units.ToPageAsync(
            s_sort, page, u => new RegulatorUnitDto(u.Id, u.Code, u.NameZh, u.NameEn, u.Kind, u.DistrictCode, u.ConcurrencyStamp), cancellationToken);
    }
}
