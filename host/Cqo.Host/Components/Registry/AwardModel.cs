using Cqo.Registry.Contracts;

namespace Cqo.Host.Components.Registry;

/// <summary>One row of the quality-award editor; null fields are reported by the validator.</summary>
public sealed class AwardModel
{
    public string? Name { get; set; }

    public AwardLevel Level { get; set; } = AwardLevel.Municipal;

    public int? Year { get; set; }

    public static AwardModel From(QualityAwardDto award) => new() { Name = award.Name, Level = award.Level, Year = award.Year };

    public QualityAwardDto ToDto() => new(Name ?? "", Level, Year ?? 0);
}
