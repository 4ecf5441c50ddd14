namespace Cqo.Reference.Contracts;

/// <summary>Where a regulator unit sits: the municipal bureau, a district bureau, or a special-area unit.</summary>
public enum RegulatorUnitKind
{
    /// <summary>市市场监管局: city-wide.</summary>
    Municipal,

    /// <summary>区市场监管局: one district.</summary>
    District,

    /// <summary>Units with their own area, such as 临港新片区 and the airport branch.</summary>
    Special,
}
