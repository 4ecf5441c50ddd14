using System.Globalization;
using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Paging;
using Cqo.Training.Application.Providers;
using Cqo.Training.Contracts;

namespace Cqo.Host.Components.Oversight;

/// <summary>
/// What the oversight filters pick from, named in the UI language: districts, regulator units, industry sections and
/// divisions, and the training providers the caller sees (the figures name a provider by its id only).
/// </summary>
public sealed class OversightReference
{
    private const int MaxProviders = 1000;

    private OversightReference(
        IReadOnlyList<DistrictDto> districts, IReadOnlyList<RegulatorUnitDto> units, IReadOnlyList<IndustrySectionDto> sections,
        IReadOnlyList<IndustryDivisionDto> divisions, IReadOnlyList<ProviderDto> providers)
    {
        Districts = [.. districts.Select(d => new Choice(d.Code, $"{d.Code} {Name(d.NameZh, d.NameEn)}"))];
        Units = [.. units.Select(u => new Choice(u.Code, $"{u.Code} {Name(u.NameZh, u.NameEn)}"))];
        Sections = [.. sections.Select(s => new Choice(s.Code, $"{s.Code} {Name(s.NameZh, s.NameEn)}"))];
        Divisions = [.. divisions.Select(d => new Choice(d.Code, $"{d.Code} {Name(d.NameZh, d.NameEn)}", d.SectionCode))];
        Providers = [.. providers.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new Choice(p.Id.ToString(), p.Name))];
    }

    public static readonly OversightReference Empty = new([], [], [], [], []);

    /// <summary>A value a filter may take: its code (as the query string carries it) and its name; a division names its section.</summary>
    public sealed record Choice(string Code, string Label, string? Parent = null);

    public IReadOnlyList<Choice> Districts { get; }

    public IReadOnlyList<Choice> Units { get; }

    public IReadOnlyList<Choice> Sections { get; }

    public IReadOnlyList<Choice> Divisions { get; }

    public IReadOnlyList<Choice> Providers { get; }

    public static async Task<OversightReference> LoadAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var reference = services.GetRequiredService<IReferenceDataQueries>();
        var providers = await services.GetRequiredService<ProviderQueries>()
            .ListAsync(null, null, new PageRequest(0, MaxProviders, "name"), cancellationToken);
        return new OversightReference(
            await reference.ListDistrictsAsync(cancellationToken),
            await reference.ListRegulatorUnitsAsync(cancellationToken),
            await reference.ListIndustrySectionsAsync(cancellationToken),
            await reference.ListAllIndustryDivisionsAsync(cancellationToken),
            providers.Items);
    }

    /// <summary>A provider's name for a breakdown row, which carries its id; the id itself when the caller cannot see it.</summary>
    public string ProviderLabel(string? code, string fallback) =>
        code is not null && Providers.FirstOrDefault(p => p.Code == code) is { } provider ? provider.Label : fallback;

    public static string LabelOf(IReadOnlyList<Choice> choices, string? code) =>
        code is null ? "" : choices.FirstOrDefault(c => c.Code == code)?.Label ?? code;

    private static string Name(string zh, string en) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? en : zh;
}
