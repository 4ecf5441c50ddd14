using Cqo.Identity.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;

namespace Cqo.Identity.Domain;

/// <summary>
/// An enterprise or training provider that holds accounts, identified by its USCC. The registry's
/// enterprise record (issue 4) takes the same id.
/// </summary>
internal sealed class Organisation : AggregateRoot, IDataScoped
{
    public Organisation(Guid id, OrganisationKind kind, string name, string uscc, string districtCode, string jurisdictionCode)
        : base(id)
    {
        Kind = kind;
        Name = name;
        Uscc = uscc;
        DistrictCode = districtCode;
        JurisdictionCode = jurisdictionCode;
        OrganisationId = id;
    }

    private Organisation() { }

    public OrganisationKind Kind { get; private set; }

    public string Name { get; set; } = "";

    public string Uscc { get; private set; } = "";

    public string DistrictCode { get; private set; } = "";

    public string? JurisdictionCode { get; private set; }

    /// <summary>The organisation itself, so that its own accounts see it.</summary>
    public Guid? OrganisationId { get; private set; }

    public Guid? OwnerUserId => null;

    public DataScope ScopeForMembers => new(
        Kind == OrganisationKind.Enterprise ? ScopeKind.Enterprise : ScopeKind.TrainingProvider, Id, JurisdictionCode);
}
