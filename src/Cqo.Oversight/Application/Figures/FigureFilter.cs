using Cqo.Oversight.Domain;
using Cqo.Registry.Contracts;

namespace Cqo.Oversight.Application.Figures;

/// <summary>The dimension values a figure is narrowed to; null means any.</summary>
internal sealed record FigureFilter(
    string? DistrictCode = null,
    string? JurisdictionCode = null,
    string? IndustrySectionCode = null,
    string? IndustryDivisionCode = null,
    EnterpriseScale? Scale = null,
    bool? AboveDesignatedSize = null,
    bool? Specialised = null,
    Guid? ProviderId = null)
{
    public static readonly FigureFilter None = new();

    public IQueryable<TRow> Apply<TRow>(IQueryable<TRow> rows)
        where TRow : Fact
    {
        if (DistrictCode is not null)
        {
            rows = rows.Where(r => r.DistrictCode == DistrictCode);
        }

        if (JurisdictionCode is not null)
        {
            rows = rows.Where(r => r.JurisdictionCode == JurisdictionCode);
        }

        if (IndustrySectionCode is not null)
        {
            rows = rows.Where(r => r.IndustrySectionCode == IndustrySectionCode);
        }

        if (IndustryDivisionCode is not null)
        {
            rows = rows.Where(r => r.IndustryDivisionCode == IndustryDivisionCode);
        }

        if (Scale is not null)
        {
            rows = rows.Where(r => r.Scale == Scale);
        }

        if (AboveDesignatedSize is not null)
        {
            rows = rows.Where(r => r.AboveDesignatedSize == AboveDesignatedSize);
        }

        if (Specialised is not null)
        {
            rows = rows.Where(r => r.Specialised == Specialised);
        }

        if (ProviderId is not null)
        {
            rows = rows.Where(r => r.ProviderId == ProviderId);
        }

        return rows;
    }
}
