namespace Cqo.Registry.Contracts;

/// <summary>A qualification rule set: the city-wide <c>default</c> or one regulator unit's.</summary>
public sealed record RuleSetDto(
    string Code,
    IReadOnlyList<ScaleRequirementDto> Requirements,
    bool RequireTrainingCertificate,
    IReadOnlyList<string> RequiredDeclarations,
    int OfficerMinAge,
    int OfficerMaxAge,
    int AnnouncementWorkingDays,
    Guid ConcurrencyStamp);

/// <summary>For one scale: the minimum education and years, or a title and years instead (<see cref="TitleLevel.None"/>: no alternative).</summary>
public sealed record ScaleRequirementDto(EnterpriseScale Scale, Education MinimumEducation, int MinimumYears, TitleLevel AlternativeTitle, int AlternativeYears);
