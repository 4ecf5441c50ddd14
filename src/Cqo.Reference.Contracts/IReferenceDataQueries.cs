namespace Cqo.Reference.Contracts;

/// <summary>Reference data other modules read, e.g. to validate a district or an industry division.</summary>
public interface IReferenceDataQueries
{
    /// <summary>Every district, by code.</summary>
    Task<IReadOnlyList<DistrictDto>> ListDistrictsAsync(CancellationToken cancellationToken = default);

    /// <summary>The district with this code, or null.</summary>
    Task<DistrictDto?> FindDistrictAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>The industry division with this two-digit code, or null.</summary>
    Task<IndustryDivisionDto?> FindIndustryDivisionAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Every industry section (门类), by code (A to T).</summary>
    Task<IReadOnlyList<IndustrySectionDto>> ListIndustrySectionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every industry division, by code (97 of them).</summary>
    Task<IReadOnlyList<IndustryDivisionDto>> ListAllIndustryDivisionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every regulator unit in use, by code.</summary>
    Task<IReadOnlyList<RegulatorUnitDto>> ListRegulatorUnitsAsync(CancellationToken cancellationToken = default);

    /// <summary>The regulator unit, or null when unknown or removed.</summary>
    Task<RegulatorUnitDto?> FindRegulatorUnitAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The regulator unit with this code (a jurisdiction), or null when unknown or removed.</summary>
    Task<RegulatorUnitDto?> FindRegulatorUnitByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Every syllabus version, oldest first.</summary>
    Task<IReadOnlyList<SyllabusVersionDto>> ListSyllabusVersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The syllabus version with this code (e.g. <c>v1</c>), or null.</summary>
    Task<SyllabusVersionDto?> FindSyllabusAsync(string code, CancellationToken cancellationToken = default);
}
