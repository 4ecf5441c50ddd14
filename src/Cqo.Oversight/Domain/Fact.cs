using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;

namespace Cqo.Oversight.Domain;

/// <summary>
/// One record of another module as oversight counts it: ids, days and the enterprise's dimensions,
/// no personal data. Scoped like its source (a district regulator counts its own jurisdiction), and
/// kept out of the audit trail: it is a copy, its source's changes are audited there.
/// </summary>
internal abstract class Fact : Entity, IDataScoped, IAuditIgnored
{
    protected Fact(Guid id) : base(id) { }

    protected Fact() { }

    /// <summary>The enterprise the record belongs to or is sponsored by; null for a trainee without one.</summary>
    public Guid? EnterpriseId { get; protected set; }

    public string? JurisdictionCode { get; protected set; }

    /// <summary>The training provider behind the record, where there is one.</summary>
    public Guid? ProviderId { get; protected set; }

    public string? DistrictCode { get; private set; }

    public string? IndustrySectionCode { get; private set; }

    public string? IndustryDivisionCode { get; private set; }

    public EnterpriseScale? Scale { get; private set; }

    public bool? AboveDesignatedSize { get; private set; }

    public bool? Specialised { get; private set; }

    /// <summary>When oversight last read the record from its module.</summary>
    public DateTimeOffset RefreshedAt { get; set; }

    public Guid? OrganisationId => EnterpriseId;

    public Guid? OwnerUserId => null;

    public void Describe(EnterpriseProfile? enterprise)
    {
        DistrictCode = enterprise?.DistrictCode;
        IndustrySectionCode = enterprise?.IndustrySectionCode;
        IndustryDivisionCode = enterprise?.IndustryDivisionCode;
        Scale = enterprise?.Scale;
        AboveDesignatedSize = enterprise?.AboveDesignatedSize;
        Specialised = enterprise?.Specialised;
    }
}
