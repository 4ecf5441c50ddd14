namespace Cqo.Oversight.Application.Figures;

/// <summary>The <c>Oversight:Figures</c> section.</summary>
internal sealed class FigureOptions
{
    public const string Section = "Oversight:Figures";

    /// <summary>
    /// How long a host trusts the fact versions it last read before reading them again (ADR 19); 0 reads them with every
    /// request. A change to a closed month shows that much later, after the outbox has carried it into the facts.
    /// </summary>
    public double VersionsTrustedSeconds { get; set; } = 1;
}
