using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;

namespace Cqo.Oversight.Domain;

/// <summary>An enterprise as oversight counts it: its dimensions and its best quality award, for coverage.</summary>
internal sealed class Enterprise : Entity, IDataScoped, IAuditIgnored
{
    public Enterprise(Guid id) : base(id) { }

    private Enterprise() { }

    public string Uscc { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? JurisdictionCode { get; private set; }

    public EnterpriseStatus Status { get; private set; }

    public string DistrictCode { get; private set; } = "";

    public string IndustrySectionCode { get; private set; } = "";

    public string IndustryDivisionCode { get; private set; } = "";

    public EnterpriseScale Scale { get; private set; }

    public bool AboveDesignatedSize { get; private set; }

    public bool Specialised { get; private set; }

    /// <summary>The highest level of government quality award it holds (national ranks first), if any.</summary>
    public AwardLevel? BestAward { get; private set; }

    public int? LatestAwardYear { get; private set; }

    public DateTimeOffset RefreshedAt { get; set; }

    public Guid? OrganisationId => Id;

    public Guid? OwnerUserId => null;

    public EnterpriseProfile Profile => new(DistrictCode, IndustrySectionCode, IndustryDivisionCode, Scale, AboveDesignatedSize, Specialised);

    public void Refresh(EnterpriseFact fact, string industrySectionCode)
    {
        Uscc = fact.Uscc;
        Name = fact.Name;
        JurisdictionCode = fact.JurisdictionCode;
        Status = fact.Status;
        DistrictCode = fact.DistrictCode;
        IndustrySectionCode = industrySectionCode;
        IndustryDivisionCode = fact.IndustryDivisionCode;
        Scale = fact.Scale;
        AboveDesignatedSize = fact.AboveDesignatedSize;
        Specialised = fact.Specialised;
        BestAward = fact.Awards.Count == 0 ? null : fact.Awards.Min(a => a.Level);
        LatestAwardYear = fact.Awards.Count == 0 ? null : fact.Awards.Max(a => a.Year);
    }
}
