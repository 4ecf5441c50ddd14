using System.Globalization;
using Cqo.Oversight.Contracts;
using Cqo.Reference.Contracts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Cqo.Oversight.Application.Figures;

/// <summary>
/// Names the values of a dimension in the caller's language: districts, regulator units, industries, scales, flags.
/// The reference lists are kept for <see cref="s_keep"/>: every figure table names its rows, and a list read per
/// request would cost a query as long as a small figure's own; a renamed unit shows under its new name that much later.
/// </summary>
internal sealed class DimensionLabels(IReferenceDataQueries reference, IStringLocalizer texts, IMemoryCache cache)
{
    private static readonly TimeSpan s_keep = TimeSpan.FromMinutes(5);

    public async Task<Func<string?, string>> ForAsync(Dimension dimension, CultureInfo culture, CancellationToken cancellationToken)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        var names = await NamesAsync(dimension, cancellationToken);
        var unknown = texts["Oversight:Unknown"].Value;
        return code => code switch
        {
            null when dimension == Dimension.None => texts["Oversight:Total"].Value,
            null => unknown,
            _ when dimension is Dimension.Scale => texts[$"Oversight:Scale.{code}"].Value,
            _ when dimension is Dimension.AboveDesignatedSize or Dimension.Specialised => texts[$"Oversight:Flag.{code}"].Value,
            _ => names.TryGetValue(code, out var name) ? $"{code} {(english ? name.En : name.Zh)}" : code,
        };
    }

    /// <summary>The dimension's codes with their Chinese and English names; empty for dimensions without a reference list.</summary>
    private async Task<IReadOnlyDictionary<string, (string Zh, string En)>> NamesAsync(Dimension dimension, CancellationToken cancellationToken)
    {
        if (dimension is not (Dimension.District or Dimension.Jurisdiction or Dimension.IndustrySection or Dimension.IndustryDivision))
        {
            return new Dictionary<string, (string, string)>();
        }

        var key = (nameof(DimensionLabels), dimension);
        if (cache.TryGetValue(key, out IReadOnlyDictionary<string, (string Zh, string En)>? cached) && cached is not null)
        {
            return cached;
        }

        IReadOnlyDictionary<string, (string Zh, string En)> names = dimension switch
        {
            Dimension.District => (await reference.ListDistrictsAsync(cancellationToken)).ToDictionary(d => d.Code, d => (d.NameZh, d.NameEn)),
            Dimension.Jurisdiction => (await reference.ListRegulatorUnitsAsync(cancellationToken)).ToDictionary(u => u.Code, u => (u.NameZh, u.NameEn)),
            Dimension.IndustrySection => (await reference.ListIndustrySectionsAsync(cancellationToken)).ToDictionary(s => s.Code, s => (s.NameZh, s.NameEn)),
            _ => (await reference.ListAllIndustryDivisionsAsync(cancellationToken)).ToDictionary(d => d.Code, d => (d.NameZh, d.NameEn)),
        };
        cache.Set(key, names, s_keep);
        return names;
    }
}
