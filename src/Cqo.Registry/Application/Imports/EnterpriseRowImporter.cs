using System.Globalization;
using Cqo.Reference.Contracts;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Application.Enterprises;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using FluentValidation;
using FluentValidation.Results;
using C = Cqo.Registry.Application.Imports.EnterpriseColumns;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// Enterprise rows, judged as <see cref="RegisterEnterpriseHandler"/> judges a request: the same
/// validator, the same codes and regulator units, the same scope rule (an enterprise only itself, a
/// district only its jurisdiction), one registration per USCC, in the file and in the registry.
/// </summary>
internal sealed class EnterpriseRowImporter(RegistryDbContext db, IReferenceDataQueries reference, IValidator<RegisterEnterpriseRequest> validator)
    : IRowImporter
{
    private readonly List<object> _accepted = [];
    private readonly Dictionary<string, int> _firstRowOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _districtCodes = new(StringComparer.Ordinal);
    private ReferenceCodes _codes = null!;
    private ImportCreator _creator = null!;

    public IReadOnlyList<ImportColumn> Columns => C.All;

    public IReadOnlyList<object> Accepted => _accepted;

    public async Task PrepareAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        _creator = batch.Creator;
        _codes = await ReferenceCodes.LoadAsync(reference, cancellationToken);
        foreach (var district in await reference.ListDistrictsAsync(cancellationToken))
        {
            // 浦东新区, 浦东 and 310115 all name Pudong.
            _districtCodes[district.Code] = district.Code;
            _districtCodes[district.NameZh] = district.Code;
            _districtCodes.TryAdd(district.NameZh.TrimEnd('区').TrimEnd('新'), district.Code);
        }
    }

    public async Task CheckAsync(IReadOnlyList<ImportRow> rows, ImportErrorLog errors, CancellationToken cancellationToken)
    {
        var candidates = new List<(RowCells Cells, Enterprise Enterprise)>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new RowCells(row, Columns, errors);
            if (Check(cells) is { } enterprise)
            {
                candidates.Add((cells, enterprise));
            }
        }

        var existing = (await EnterpriseRef.FindAsync(db, [.. candidates.Select(c => c.Enterprise.Uscc)], cancellationToken))
            .ToDictionary(e => e.Uscc, StringComparer.Ordinal);
        foreach (var (cells, enterprise) in candidates)
        {
            if (existing.TryGetValue(enterprise.Uscc, out var registered))
            {
                // Named only to who may see it, as the API does.
                cells.Fail(C.Uscc, _creator.Scope.CanSee(registered)
                    ? new ErrorMessage("Registry:UsccRegisteredAs", registered.Name, registered.Id)
                    : new ErrorMessage("Registry:UsccRegistered"));
            }
            else
            {
                _accepted.Add(enterprise);
            }
        }
    }

    private Enterprise? Check(RowCells cells)
    {
        var request = new RegisterEnterpriseRequest(
            cells.Text(C.Uscc) ?? "",
            cells.Text(C.UsccOverrideReason),
            cells.Text(C.Name) ?? "",
            cells.Text(C.Address),
            District(cells),
            cells.Text(C.RegulatorUnit),
            Division(cells),
            cells.Choice(C.Scale, ImportWords.Scales),
            cells.Flag(C.AboveDesignatedSize),
            cells.Flag(C.Specialised),
            null);
        cells.Fail(validator.Validate(request).Errors, f => Custom(f, request));

        var uscc = Uscc.Normalize(request.Uscc);
        if (uscc.Length == Uscc.Length && !_firstRowOf.TryAdd(uscc, cells.Number))
        {
            cells.Fail(C.Uscc, "Registry:Import.RepeatedUscc", _firstRowOf[uscc].ToString(CultureInfo.InvariantCulture));
        }

        // The codes are looked up whenever their cells are readable, so one pass reports them with the rest.
        var unit = cells.HasErrorIn(C.District) || cells.HasErrorIn(C.RegulatorUnit) || cells.HasErrorIn(C.IndustryDivision) ? null : Place(cells, request);
        if (cells.HasErrors || unit is null)
        {
            return null;
        }

        var overrideReason = Uscc.Check(uscc) is null ? null : request.UsccOverrideReason!.Trim();
        if (overrideReason is not null && !_creator.MayOverrideUscc)
        {
            cells.Fail(C.Uscc, "Registry:UsccCheckCharacter");
            return null;
        }

        var id = OrganisationIds.FromUscc(uscc);
        if (!MayRegister(_creator.Scope, id, unit))
        {
            var column = _creator.Scope.Kind == ScopeKind.Enterprise ? C.Uscc : request.RegulatorUnitCode is null ? C.District : C.RegulatorUnit;
            cells.Fail(column, "Registry:OutsideScope");
            return null;
        }

        return new Enterprise(id, uscc, overrideReason, request.ToProfile(unit));
    }

    /// <summary>The regulator unit of a row's codes, or null with each unknown code reported on its column.</summary>
    private string? Place(RowCells cells, RegisterEnterpriseRequest request)
    {
        try
        {
            return _codes.Place(request.DistrictCode.Trim(), request.RegulatorUnitCode, request.IndustryDivisionCode.Trim());
        }
        catch (FieldValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                cells.Fail(field, messages[0]);
            }

            return null;
        }
    }

    /// <summary>A district by code or Chinese name (浦东新区, 浦东, 310115).</summary>
    private string District(RowCells cells)
    {
        if (cells.Text(C.District) is not { } text)
        {
            return "";
        }

        if (_districtCodes.TryGetValue(text, out var code))
        {
            return code;
        }

        cells.Fail(C.District, new ErrorMessage("Registry:UnknownDistrict", text));
        return "";
    }

    /// <summary>A division as its two digits, also when written with its section letter (C34).</summary>
    private static string Division(RowCells cells) => cells.Text(C.IndustryDivision) switch
    {
        null => "",
        { Length: 3 } text when char.IsAsciiLetter(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) => text[1..],
        var text => text,
    };

    /// <summary>The rule of <see cref="RegistryCaller.EnsureMayRegister"/>, over the uploader's stored scope.</summary>
    private static bool MayRegister(DataScope scope, Guid enterpriseId, string regulatorUnitCode) =>
        scope.SeesAll
        || (scope.SeenJurisdictionCode is { } jurisdiction && jurisdiction == regulatorUnitCode)
        || (scope.Kind == ScopeKind.Enterprise && scope.OrganisationId == enterpriseId);

    /// <summary>The USCC rule writes its own message: stored as its key, so it is shown in the reader's language.</summary>
    private static ErrorMessage? Custom(ValidationFailure failure, RegisterEnterpriseRequest request) =>
        failure.PropertyName == "uscc" && failure.ErrorCode == "PredicateValidator" && UsccRules.Problem(request.Uscc) is { } problem
            ? new ErrorMessage($"Registry:Uscc{problem}")
            : null;
}
