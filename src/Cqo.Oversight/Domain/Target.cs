using Cqo.Oversight.Contracts;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Domain;

namespace Cqo.Oversight.Domain;

/// <summary>A goal the municipal regulator tracks: a figure to reach by a date, or a population to cover with active CQOs.</summary>
internal sealed class Target : AggregateRoot
{
    public Target(Guid id) : base(id) { }

    private Target() { }

    public string Name { get; set; } = "";

    public TargetKind Kind { get; set; }

    /// <summary>The figure counted towards a <see cref="TargetKind.Figure"/> target.</summary>
    public string? FigureKey { get; set; }

    public DateOnly From { get; set; }

    public DateOnly Until { get; set; }

    /// <summary>The number to reach, or for coverage the percentage of the population.</summary>
    public decimal Goal { get; set; }

    public string? DistrictCode { get; set; }

    public string? JurisdictionCode { get; set; }

    public string? IndustrySectionCode { get; set; }

    public string? IndustryDivisionCode { get; set; }

    public EnterpriseScale? Scale { get; set; }

    public bool? AboveDesignatedSize { get; set; }

    public bool? Specialised { get; set; }

    /// <summary>Coverage of quality-award holders: the lowest award level that counts (National ranks highest).</summary>
    public AwardLevel? MinimumAward { get; set; }
}
