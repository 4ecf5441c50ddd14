using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Errors;

namespace Cqo.Registry.Application;

/// <summary>
/// The districts, regulator units and industry divisions, loaded once per use case (three small
/// reads), so that a request or a whole import checks its codes without a query per row.
/// </summary>
internal sealed class ReferenceCodes
{
    private readonly HashSet<string> _districts;
    private readonly Dictionary<string, RegulatorUnitDto> _units;
    private readonly HashSet<string> _divisions;

    private ReferenceCodes(IEnumerable<DistrictDto> districts, IEnumerable<RegulatorUnitDto> units, IEnumerable<IndustryDivisionDto> divisions)
    {
        _districts = [.. districts.Select(d => d.Code)];
        _units = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _divisions = [.. divisions.Select(d => d.Code)];
    }

    public static async Task<ReferenceCodes> LoadAsync(IReferenceDataQueries reference, CancellationToken cancellationToken) => new(
        await reference.ListDistrictsAsync(cancellationToken),
        await reference.ListRegulatorUnitsAsync(cancellationToken),
        await reference.ListAllIndustryDivisionsAsync(cancellationToken));

    /// <summary>
    /// The regulator unit an enterprise falls under: the one named (a district bureau or a special
    /// area such as Lingang), else its district's bureau. Each unknown code is reported on its field.
    /// </summary>
    public string Place(string districtCode, string? regulatorUnitCode, string industryDivisionCode)
    {
        var errors = new Dictionary<string, ErrorMessage[]>();
        if (!_districts.Contains(districtCode))
        {
            errors["districtCode"] = [new ErrorMessage("Registry:UnknownDistrict", districtCode)];
        }

        if (!_divisions.Contains(industryDivisionCode))
        {
            errors["industryDivisionCode"] = [new ErrorMessage("Registry:UnknownIndustryDivision", industryDivisionCode)];
        }

        string? unit = null;
        if (!string.IsNullOrWhiteSpace(regulatorUnitCode))
        {
            unit = _units.TryGetValue(regulatorUnitCode.Trim(), out var named) && named.Kind != RegulatorUnitKind.Municipal ? named.Code : null;
            if (unit is null)
            {
                errors["regulatorUnitCode"] = [new ErrorMessage("Registry:UnknownRegulatorUnit", regulatorUnitCode)];
            }
        }
        else if (_districts.Contains(districtCode))
        {
            unit = _units.Values.FirstOrDefault(u => u.Kind == RegulatorUnitKind.District && u.DistrictCode == districtCode)?.Code;
            if (unit is null)
            {
                errors["regulatorUnitCode"] = [new ErrorMessage("Registry:NoDistrictBureau", districtCode)];
            }
        }

        return errors.Count > 0 ? throw new FieldValidationException(errors) : unit!;
    }
}
