using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Security;

namespace Cqo.Registry.Domain;

/// <summary>
/// An enterprise, identified by its USCC, which never changes. Seen by its own accounts and by the
/// regulator unit whose jurisdiction it falls under.
/// </summary>
internal sealed class Enterprise : AggregateRoot, IDataScoped, IAnnouncesChanges
{
    private readonly List<QualityAward> _awards = [];

    public Enterprise(Guid id, string uscc, string? usccOverrideReason, EnterpriseProfile profile)
        : base(id)
    {
        Uscc = uscc;
        UsccOverrideReason = usccOverrideReason;
        Update(profile);
    }

    private Enterprise() { }

    public string Uscc { get; private set; } = "";

    /// <summary>Why a regulator registered a code that fails the checksum; null for valid codes.</summary>
    public string? UsccOverrideReason { get; private set; }

    public string Name { get; private set; } = "";

    public string? Address { get; private set; }

    public string DistrictCode { get; private set; } = "";

    /// <summary>The regulator unit whose jurisdiction the enterprise falls under (a district bureau or a special area).</summary>
    public string? JurisdictionCode { get; private set; }

    public string IndustryDivisionCode { get; private set; } = "";

    public EnterpriseScale Scale { get; private set; }

    /// <summary>规模以上企业.</summary>
    public bool AboveDesignatedSize { get; private set; }

    /// <summary>专精特新 (specialised, refined, distinctive and innovative SME).</summary>
    public bool Specialised { get; private set; }

    public EnterpriseStatus Status { get; private set; }

    public DateTimeOffset? DeregisteredAt { get; private set; }

    public IReadOnlyList<QualityAward> Awards => _awards;

    /// <summary>The enterprise itself (its <c>Id</c> column), so that its own accounts see it.</summary>
    public Guid? OrganisationId => Id;

    public Guid? OwnerUserId => null;

    public void AnnounceChange(IIntegrationEventSink events) => events.Publish(new EnterpriseChanged(Id));

    public void Update(EnterpriseProfile profile)
    {
        Name = profile.Name;
        Address = profile.Address;
        DistrictCode = profile.DistrictCode;
        JurisdictionCode = profile.RegulatorUnitCode;
        IndustryDivisionCode = profile.IndustryDivisionCode;
        Scale = profile.Scale;
        AboveDesignatedSize = profile.AboveDesignatedSize;
        Specialised = profile.Specialised;
        _awards.Clear();
        _awards.AddRange(profile.Awards.Select(a => new QualityAward(a.Name, a.Level, a.Year)));
    }

    public void Deregister(DateTimeOffset at)
    {
        Status = EnterpriseStatus.Deregistered;
        DeregisteredAt = at;
    }

    public EnterpriseDto ToDto() => new(
        Id, Uscc, UsccOverrideReason, Name, Address, DistrictCode, JurisdictionCode!, IndustryDivisionCode, Scale,
        AboveDesignatedSize, Specialised, Status, [.. _awards.Select(a => new QualityAwardDto(a.Name, a.Level, a.Year))],
        CreatedAt, ConcurrencyStamp);
}

/// <summary>What an enterprise's administrator or regulator may edit.</summary>
internal sealed record EnterpriseProfile(
    string Name,
    string? Address,
    string DistrictCode,
    string RegulatorUnitCode,
    string IndustryDivisionCode,
    EnterpriseScale Scale,
    bool AboveDesignatedSize,
    bool Specialised,
    IReadOnlyList<QualityAwardDto> Awards);

/// <summary>A government quality award (e.g. 上海市政府质量奖) held by the enterprise.</summary>
internal sealed class QualityAward(string name, AwardLevel level, int year)
{
    public string Name { get; private set; } = name;

    public AwardLevel Level { get; private set; } = level;

    public int Year { get; private set; } = year;
}
