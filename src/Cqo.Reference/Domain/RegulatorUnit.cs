using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Domain;

namespace Cqo.Reference.Domain;

/// <summary>
/// A market-regulation unit: the municipal bureau, a district bureau or a special-area unit. Soft
/// deleted, because filings and reviews keep pointing at units that have been merged away.
/// </summary>
internal sealed class RegulatorUnit : AggregateRoot, ISoftDelete
{
    public RegulatorUnit(Guid id, string code, string nameZh, string nameEn, RegulatorUnitKind kind, string? districtCode)
        : base(id)
    {
        Code = code;
        Rename(nameZh, nameEn);
        Place(kind, districtCode);
    }

    private RegulatorUnit() { }

    public string Code { get; private set; } = "";

    public string NameZh { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public RegulatorUnitKind Kind { get; private set; }

    /// <summary>The district a district bureau covers; none for municipal and special units.</summary>
    public string? DistrictCode { get; private set; }

    public bool IsDeleted { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public Guid? DeletedBy { get; set; }

    public void Rename(string nameZh, string nameEn)
    {
        NameZh = nameZh;
        NameEn = nameEn;
    }

    public void Place(RegulatorUnitKind kind, string? districtCode)
    {
        Kind = kind;
        DistrictCode = kind == RegulatorUnitKind.District && !string.IsNullOrWhiteSpace(districtCode) ? districtCode.Trim() : null;
    }

    public RegulatorUnitDto ToDto() => new(Id, Code, NameZh, NameEn, Kind, DistrictCode, ConcurrencyStamp);
}
