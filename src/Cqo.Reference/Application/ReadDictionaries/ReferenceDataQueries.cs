using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Domain;
using Cqo.Reference.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Reference.Application.ReadDictionaries;

/// <summary>
/// Reads of the fixed dictionaries, for the public API and, through <see cref="IReferenceDataQueries"/>,
/// for other modules.
/// </summary>
internal sealed class ReferenceDataQueries(ReferenceDbContext db) : IReferenceDataQueries
{
    private static readonly SortMap<IndustryDivision> s_divisionSort = new SortMap<IndustryDivision>("code", d => d.Code)
        .Add("code", d => d.Code)
        .Add("sectionCode", d => d.SectionCode)
        .Add("nameZh", d => d.NameZh);

    public async Task<IReadOnlyList<DistrictDto>> ListDistrictsAsync(CancellationToken cancellationToken) =>
        await db.Districts.AsNoTracking().OrderBy(d => d.SortOrder)
            .Select(d => new DistrictDto(d.Code, d.NameZh, d.NameEn))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<IndustrySectionDto>> ListIndustrySectionsAsync(CancellationToken cancellationToken = default) =>
        await db.IndustrySections.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new IndustrySectionDto(s.Code, s.NameZh, s.NameEn))
            .ToListAsync(cancellationToken);

    /// <summary>Divisions, optionally of one section and matching <paramref name="search"/> in code or names.</summary>
    public async Task<PagedResult<IndustryDivisionDto>> ListIndustryDivisionsAsync(string? sectionCode, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        var divisions = db.IndustryDivisions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(sectionCode))
        {
            divisions = divisions.Where(d => d.SectionCode == sectionCode.ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            divisions = divisions.Where(d => d.Code.Contains(term) || d.NameZh.Contains(term) || d.NameEn.Contains(term));
        }

        return await divisions.ToPageAsync(s_divisionSort, page, d => new IndustryDivisionDto(d.Code, d.SectionCode, d.NameZh, d.NameEn), cancellationToken);
    }

    public async Task<IReadOnlyList<SyllabusVersionDto>> ListSyllabusVersionsAsync(CancellationToken cancellationToken = default) =>
        (await db.SyllabusVersions.AsNoTracking().OrderBy(v => v.EffectiveFrom).ToListAsync(cancellationToken))
            .Select(v => v.ToDto())
            .ToList();

    public async Task<SyllabusVersionDto> GetSyllabusAsync(string code, CancellationToken cancellationToken) =>
        await FindSyllabusAsync(code, cancellationToken) ?? throw new NotFoundException("SyllabusVersion", code);

    public Task<DistrictDto?> FindDistrictAsync(string code, CancellationToken cancellationToken = default) =>
        db.Districts.AsNoTracking().Where(d => d.Code == code)
            .Select(d => new DistrictDto(d.Code, d.NameZh, d.NameEn))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<IndustryDivisionDto?> FindIndustryDivisionAsync(string code, CancellationToken cancellationToken = default) =>
        db.IndustryDivisions.AsNoTracking().Where(d => d.Code == code)
            .Select(d => new IndustryDivisionDto(d.Code, d.SectionCode, d.NameZh, d.NameEn))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<IndustryDivisionDto>> ListAllIndustryDivisionsAsync(CancellationToken cancellationToken = default) =>
        await db.IndustryDivisions.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new IndustryDivisionDto(d.Code, d.SectionCode, d.NameZh, d.NameEn))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<RegulatorUnitDto>> ListRegulatorUnitsAsync(CancellationToken cancellationToken = default) =>
        await db.RegulatorUnits.AsNoTracking().OrderBy(u => u.Code)
            .Select(u => new RegulatorUnitDto(u.Id, u.Code, u.NameZh, u.NameEn, u.Kind, u.DistrictCode, u.ConcurrencyStamp))
            .ToListAsync(cancellationToken);

    public async Task<RegulatorUnitDto?> FindRegulatorUnitAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await db.RegulatorUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken))?.ToDto();

    public async Task<RegulatorUnitDto?> FindRegulatorUnitByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        (await db.RegulatorUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken))?.ToDto();

    public async Task<SyllabusVersionDto?> FindSyllabusAsync(string code, CancellationToken cancellationToken = default) =>
        (await db.SyllabusVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Code == code, cancellationToken))?.ToDto();
}
