namespace Cqo.Registry.Contracts;

/// <summary>
/// An enterprise's staff as other modules may know them (training enrols them): who they are, the
/// ID number masked, and where their enterprise is regulated. Scoped to the caller like every read.
/// </summary>
public interface IStaffDirectory
{
    /// <summary>The staff records among <paramref name="personIds"/> the caller may see; the others are left out.</summary>
    Task<IReadOnlyList<StaffMember>> FindAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);
}

/// <summary>A staff member: the person's id, enterprise and regulator unit, name, masked ID number and linked account.</summary>
public sealed record StaffMember(Guid PersonId, Guid EnterpriseId, string? JurisdictionCode, string Name, string IdNumberMasked, Guid? UserId);
