namespace Cqo.Oversight.Contracts;

public enum TargetKind
{
    /// <summary>A figure reaches a number within a time span ("500 new CQOs in above-designated-size enterprises by 2022").</summary>
    Figure,

    /// <summary>A share of an enterprise population has an active CQO ("every quality-award winner").</summary>
    Coverage,
}

/// <summary>
/// Which enterprises or records a target is about; null means any. <paramref name="MinimumAward"/>
/// (coverage only): enterprises holding a government quality award of at least this level
/// (National ranks highest).
/// </summary>
public sealed record TargetScopeDto(
    string? DistrictCode,
    string? JurisdictionCode,
    string? IndustrySectionCode,
    string? IndustryDivisionCode,
    string? Scale,
    bool? AboveDesignatedSize,
    bool? Specialised,
    string? MinimumAward);

/// <summary>How far a target has come, in the caller's scope: the value now, the goal and the share reached (percent).</summary>
public sealed record TargetProgressDto(decimal Value, decimal Goal, decimal Percent, bool Reached, DateOnly AsOf, int? Population);

/// <summary>
/// A target: a figure's goal over <paramref name="From"/>..<paramref name="Until"/>, or a coverage
/// goal in percent of a population; with its progress.
/// </summary>
public sealed record TargetDto(
    Guid Id,
    string Name,
    TargetKind Kind,
    string? FigureKey,
    DateOnly From,
    DateOnly Until,
    decimal Goal,
    TargetScopeDto Scope,
    TargetProgressDto Progress,
    Guid ConcurrencyStamp);

/// <summary>An enterprise of a coverage target's population without an active CQO.</summary>
public sealed record ShortfallDto(Guid EnterpriseId, string Name, string Uscc, string DistrictCode, string? JurisdictionCode, string? BestAward, int? LatestAwardYear, string Link);
