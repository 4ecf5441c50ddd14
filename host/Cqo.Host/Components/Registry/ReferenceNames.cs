using System.Globalization;
using Cqo.Reference.Contracts;

namespace Cqo.Host.Components.Registry;

/// <summary>
/// The districts, regulator units and industry divisions a registry page picks from and names codes
/// with, in the UI language. Loaded once per page (three small reads).
/// </summary>
public sealed class ReferenceNames
{
    private readonly Dictionary<string, DistrictDto> _districts;
    private readonly Dictionary<string, RegulatorUnitDto> _units;
    private readonly Dictionary<string, IndustryDivisionDto> _divisions;

    private ReferenceNames(IReadOnlyList<DistrictDto> districts, IReadOnlyList<RegulatorUnitDto> units, IReadOnlyList<IndustryDivisionDto> divisions)
    {
        Districts = districts;
        Divisions = divisions;
        // An enterprise may be placed under a district bureau or a special area, never the municipal bureau.
        SpecialUnits = [.. units.Where(u => u.Kind == RegulatorUnitKind.Special)];
        _districts = districts.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _units = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _divisions = divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
    }

    public static readonly ReferenceNames Empty = new([], [], []);

    public IReadOnlyList<DistrictDto> Districts { get; }

    public IReadOnlyList<RegulatorUnitDto> SpecialUnits { get; }

    public IReadOnlyList<IndustryDivisionDto> Divisions { get; }

    public static async Task<ReferenceNames> LoadAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var reference = services.GetRequiredService<IReferenceDataQueries>();
        return new ReferenceNames(
            await reference.ListDistrictsAsync(cancellationToken),
            await reference.ListRegulatorUnitsAsync(cancellationToken),
            await reference.ListAllIndustryDivisionsAsync(cancellationToken));
    }

    public string District(string? code) =>
        code is not null && _districts.TryGetValue(code, out var d) ? Name(d.NameZh, d.NameEn) : code ?? "";

    public string Unit(string? code) =>
        code is not null && _units.TryGetValue(code, out var u) ? Name(u.NameZh, u.NameEn) : code ?? "";

    /// <summary>"34 通用设备制造业": the code first, so that a list of them reads in order.</summary>
    public string Division(string? code) =>
        code is not null && _divisions.TryGetValue(code, out var d) ? $"{d.Code} {Name(d.NameZh, d.NameEn)}" : code ?? "";

    private static string Name(string zh, string en) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? en : zh;
}
