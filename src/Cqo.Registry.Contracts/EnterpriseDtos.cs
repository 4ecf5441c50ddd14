namespace Cqo.Registry.Contracts;

/// <summary>
/// An enterprise in the registry. Its id is derived from its USCC (<c>OrganisationIds.FromUscc</c>),
/// so accounts acting for it carry the same id in their scope.
/// </summary>
public sealed record EnterpriseDto(
    Guid Id,
    string Uscc,
    string? UsccOverrideReason,
    string Name,
    string? Address,
    string DistrictCode,
    string RegulatorUnitCode,
    string IndustryDivisionCode,
    EnterpriseScale Scale,
    bool AboveDesignatedSize,
    bool Specialised,
    EnterpriseStatus Status,
    IReadOnlyList<QualityAwardDto> Awards,
    DateTimeOffset CreatedAt,
    Guid ConcurrencyStamp);

/// <summary>A government quality award held by an enterprise.</summary>
public sealed record QualityAwardDto(string Name, AwardLevel Level, int Year);
