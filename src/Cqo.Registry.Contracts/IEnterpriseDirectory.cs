namespace Cqo.Registry.Contracts;

/// <summary>
/// Enterprises as other modules may know them (certification numbers and scopes certificates by
/// them): name, district and regulator unit. Scoped to the caller like every read.
/// </summary>
public interface IEnterpriseDirectory
{
    /// <summary>The enterprises among <paramref name="enterpriseIds"/> the caller may see; the others are left out.</summary>
    Task<IReadOnlyList<EnterpriseSummary>> FindAsync(IReadOnlyCollection<Guid> enterpriseIds, CancellationToken cancellationToken);
}

/// <summary>An enterprise's id, name, district (GB/T 2260) and regulator unit.</summary>
public sealed record EnterpriseSummary(Guid Id, string Name, string DistrictCode, string? JurisdictionCode);
