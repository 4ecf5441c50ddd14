using System.Globalization;
using Cqo.Oversight.Contracts;
using Cqo.Reference.Contracts;
using Microsoft.Extensions.Localization;

namespace Cqo.Oversight.Application.Figures;

/// <summary>Names the values of a dimension in the caller's language: districts, regulator units, industries, scales, flags.</summary>
internal sealed class DimensionLabels(IReferenceDataQueries reference, IStringLocalizer texts)
{
    public async Task<Func<string?, string>> ForAsync(Dimension dimension, CultureInfo culture, CancellationToken cancellationToken)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        var names = dimension switch
        {
            Dimension.District => (await reference.ListDistrictsAsync(cancellationToken)).ToDictionary(d => d.Code, d => english ? d.NameEn : d.NameZh),
            Dimension.Jurisdiction => (await reference.ListRegulatorUnitsAsync(cancellationToken)).ToDictionary(u => u.Code, u => english ? u.NameEn : u.NameZh),
            Dimension.IndustrySection => (await reference.ListIndustrySectionsAsync(cancellationToken)).ToDictionary(s => s.Code, s => english ? s.NameEn : s.NameZh),
            Dimension.IndustryDivision => (await reference.ListAllIndustryDivisionsAsync(cancellationToken)).ToDictionary(d => d.Code, d => english ? d.NameEn : d.NameZh),
            _ => [],
        };
        var unknown = texts["Oversight:Unknown"].Value;
        return code => code switch
        {
            null when dimension == Dimension.None => texts["Oversight:Total"].Value,
            null => unknown,
            _ when dimension is Dimension.Scale => texts[$"Oversight:Scale.{code}"].Value,
            _ when dimension is Dimension.AboveDesignatedSize or Dimension.Specialised => texts[$"Oversight:Flag.{code}"].Value,
            _ => names.TryGetValue(code, out var name) ? $"{code} {name}" : code,
        };
    }
}
