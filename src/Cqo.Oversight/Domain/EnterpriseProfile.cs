using Cqo.Registry.Contracts;

namespace Cqo.Oversight.Domain;

/// <summary>The dimensions of an enterprise that figures are broken down by; copied onto each fact so a figure needs no join.</summary>
internal sealed record EnterpriseProfile(
    string DistrictCode,
    string IndustrySectionCode,
    string IndustryDivisionCode,
    EnterpriseScale Scale,
    bool AboveDesignatedSize,
    bool Specialised);
