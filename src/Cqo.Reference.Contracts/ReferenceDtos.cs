namespace Cqo.Reference.Contracts;

/// <summary>A Shanghai district (GB/T 2260 code).</summary>
public sealed record DistrictDto(string Code, string NameZh, string NameEn);

/// <summary>A market-regulation unit that reviews filings in its jurisdiction.</summary>
public sealed record RegulatorUnitDto(
    Guid Id,
    string Code,
    string NameZh,
    string NameEn,
    RegulatorUnitKind Kind,
    string? DistrictCode,
    Guid ConcurrencyStamp);

/// <summary>A GB/T 4754-2017 section (门类), A to T.</summary>
public sealed record IndustrySectionDto(string Code, string NameZh, string NameEn);

/// <summary>A GB/T 4754-2017 division (大类), 01 to 97, within its section.</summary>
public sealed record IndustryDivisionDto(string Code, string SectionCode, string NameZh, string NameEn);

/// <summary>One version of the CQO appointment-training syllabus.</summary>
public sealed record SyllabusVersionDto(
    string Code,
    string TitleZh,
    string TitleEn,
    DateOnly EffectiveFrom,
    decimal RequiredHours,
    IReadOnlyList<SyllabusModuleDto> Modules);

/// <summary>A syllabus module with its hours; compulsory modules must be covered by appointment training.</summary>
public sealed record SyllabusModuleDto(string Code, string NameZh, string NameEn, decimal Hours, bool Compulsory);
