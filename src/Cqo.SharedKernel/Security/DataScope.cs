namespace Cqo.SharedKernel.Security;

/// <summary>
/// Which rows a caller may see: everything when <see cref="SeesAll"/>; otherwise rows of its
/// organisation (enterprises, providers), rows in its jurisdiction (district regulators, by
/// regulator unit code) and rows it owns (<see cref="UserId"/>).
/// </summary>
public sealed record DataScope(ScopeKind Kind, Guid? OrganisationId = null, string? JurisdictionCode = null, Guid? UserId = null)
{
    /// <summary>
    /// Jobs, seeders and anonymous requests: unrestricted. Anonymous callers reach only endpoints
    /// marked public, which project public fields themselves (ADR 6).
    /// </summary>
    public static readonly DataScope System = new(ScopeKind.Platform);

    /// <summary>City-wide kinds see every row; the others see only rows that name them.</summary>
    public bool SeesAll => Kind is ScopeKind.Platform or ScopeKind.MunicipalRegulator or ScopeKind.Auditor;

    /// <summary>
    /// The organisation whose rows this scope sees: only enterprises and providers see by
    /// organisation (an enterprise in Pudong does not see the rest of Pudong).
    /// </summary>
    public Guid? SeenOrganisationId => Kind is ScopeKind.Enterprise or ScopeKind.TrainingProvider ? OrganisationId : null;

    /// <summary>The jurisdiction whose rows this scope sees: only district regulators see by jurisdiction.</summary>
    public string? SeenJurisdictionCode => Kind is ScopeKind.DistrictRegulator ? JurisdictionCode : null;

    /// <summary>Whether a row with these scope keys is visible; the same rule as the query filter.</summary>
    public bool CanSee(IDataScoped row) =>
        SeesAll
        || (SeenOrganisationId is not null && (row.OrganisationId == SeenOrganisationId || row.SecondOrganisationId == SeenOrganisationId))
        || (SeenJurisdictionCode is not null && row.JurisdictionCode == SeenJurisdictionCode)
        || (UserId is not null && row.OwnerUserId == UserId);
}
