using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Platform.Http;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Errors;

namespace Cqo.Oversight.Application.Figures;

/// <summary>
/// Narrows facts to one row of a figure's table: the dimension's value as the table shows its code,
/// <c>none</c> for the row of facts whose value is not known.
/// </summary>
internal static class DimensionFilter
{
    public const string NotKnown = "none";

    public static IQueryable<TRow> Apply<TRow>(IQueryable<TRow> rows, Dimension by, string? code)
        where TRow : Fact
    {
        if (by == Dimension.None || string.IsNullOrWhiteSpace(code))
        {
            return rows;
        }

        var value = code.Trim();
        var known = !value.Equals(NotKnown, StringComparison.OrdinalIgnoreCase);
        var text = known ? value : null;
        return by switch
        {
            Dimension.District => rows.Where(r => r.DistrictCode == text),
            Dimension.Jurisdiction => rows.Where(r => r.JurisdictionCode == text),
            Dimension.IndustrySection => rows.Where(r => r.IndustrySectionCode == text),
            Dimension.IndustryDivision => rows.Where(r => r.IndustryDivisionCode == text),
            Dimension.Scale => WhereScale(rows, known ? EnumNames.ParseQuery<EnterpriseScale>(value, "code") : null),
            Dimension.AboveDesignatedSize => WhereFlag(rows, known ? Flag(value) : null, specialised: false),
            Dimension.Specialised => WhereFlag(rows, known ? Flag(value) : null, specialised: true),
            Dimension.Provider => WhereProvider(rows, known ? Id(value) : null),
            _ => rows,
        };
    }

    private static IQueryable<TRow> WhereScale<TRow>(IQueryable<TRow> rows, EnterpriseScale? scale)
        where TRow : Fact => rows.Where(r => r.Scale == scale);

    private static IQueryable<TRow> WhereFlag<TRow>(IQueryable<TRow> rows, bool? flag, bool specialised)
        where TRow : Fact => specialised ? rows.Where(r => r.Specialised == flag) : rows.Where(r => r.AboveDesignatedSize == flag);

    private static IQueryable<TRow> WhereProvider<TRow>(IQueryable<TRow> rows, Guid? provider)
        where TRow : Fact => rows.Where(r => r.ProviderId == provider);

    private static bool Flag(string value) => bool.TryParse(value, out var flag)
        ? flag
        : throw new FieldValidationException("code", new ErrorMessage("Error:FieldOneOf", "code", "true, false, none"));

    private static Guid Id(string value) => Guid.TryParse(value, out var id)
        ? id
        : throw new FieldValidationException("code", new ErrorMessage("Error:FieldMustBe", "code", "GUID"));
}
