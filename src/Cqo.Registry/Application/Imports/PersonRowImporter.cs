using System.Globalization;
using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Application.People;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using C = Cqo.Registry.Application.Imports.PersonColumns;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// People rows, judged as <see cref="SavePersonHandler"/> judges a request: the same validator and
/// ID-number rules, an enterprise the uploader sees (an enterprise's accounts: only their own), one
/// record per document per enterprise, in the file and in the registry.
/// </summary>
internal sealed class PersonRowImporter(RegistryDbContext db, IValidator<CreatePersonRequest> validator, IdNumbers idNumbers, TimeProvider clock)
    : IRowImporter
{
    private readonly List<object> _accepted = [];
    private readonly Dictionary<(Guid Enterprise, string Hash), int> _firstRowOf = [];
    private readonly Dictionary<string, EnterpriseRef?> _enterprises = new(StringComparer.Ordinal);
    private ImportCreator _creator = null!;
    private EnterpriseRef? _own;

    public IReadOnlyList<ImportColumn> Columns { get; private set; } = C.All;

    public IReadOnlyList<object> Accepted => _accepted;

    public async Task PrepareAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        _creator = batch.Creator;
        if (_creator.Scope.Kind == ScopeKind.Enterprise && _creator.Scope.OrganisationId is { } own)
        {
            _own = await db.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
                .Where(e => e.Id == own)
                .Select(e => new EnterpriseRef(e.Id, e.Uscc, e.Name, e.JurisdictionCode, e.Status))
                .FirstOrDefaultAsync(cancellationToken);
        }
        else
        {
            Columns = C.ForRegulators;
        }
    }

    public async Task CheckAsync(IReadOnlyList<ImportRow> rows, ImportErrorLog errors, CancellationToken cancellationToken)
    {
        await LoadEnterprisesAsync(rows, cancellationToken);
        var candidates = new List<(RowCells Cells, Person Person)>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new RowCells(row, Columns, errors);
            if (Check(cells) is { } person)
            {
                candidates.Add((cells, person));
            }
        }

        var existing = await RecordedAsync([.. candidates.Select(c => c.Person.IdNumberHash).Distinct()], cancellationToken);
        foreach (var (cells, person) in candidates)
        {
            if (existing.TryGetValue((person.EnterpriseId, person.IdNumberHash), out var recorded))
            {
                cells.Fail(C.IdNumber, new ErrorMessage("Registry:PersonExists", recorded.Name, recorded.Id));
            }
            else
            {
                _accepted.Add(person);
            }
        }
    }

    private Person? Check(RowCells cells)
    {
        var enterprise = Enterprise(cells);
        var request = new CreatePersonRequest(
            enterprise?.Id,
            cells.Text(C.Name) ?? "",
            cells.Choice(C.IdType, ImportWords.IdTypes),
            cells.Text(C.IdNumber) ?? "",
            cells.Choice(C.Education, ImportWords.Educations),
            cells.Text(C.Major),
            cells.Choice(C.Title, ImportWords.Titles),
            cells.Choice(C.QualityEngineerLevel, ImportWords.Titles),
            cells.WholeNumber(C.QualityYears) ?? 0,
            cells.Text(C.Phone),
            cells.Text(C.Email),
            null,
            null);
        cells.Fail(validator.Validate(request).Errors, f => Custom(f, request));

        ProtectedIdNumber? idNumber = null;
        if (!cells.HasErrorIn(C.IdType) && !cells.HasErrorIn(C.IdNumber) && request.IdType is { } type)
        {
            idNumber = idNumbers.Protect(type, request.IdNumber!); // required on create: no error in its cell means it is there
            if (enterprise is not null && !_firstRowOf.TryAdd((enterprise.Id, idNumber.Hash), cells.Number))
            {
                cells.Fail(C.IdNumber, "Registry:Import.RepeatedPerson", _firstRowOf[(enterprise.Id, idNumber.Hash)].ToString(CultureInfo.InvariantCulture));
            }
        }

        if (cells.HasErrors || enterprise is null || idNumber is null)
        {
            return null;
        }

        return new Person(Guid.CreateVersion7(clock.GetUtcNow()), enterprise.Id, enterprise.JurisdictionCode!, idNumber, request.ToProfile());
    }

    /// <summary>
    /// The row's enterprise: by its code, which must name one the uploader sees (an enterprise's
    /// accounts: themselves, also when the cell is blank). One that is not there and one out of scope
    /// read alike, so that a file cannot probe the registry.
    /// </summary>
    private EnterpriseRef? Enterprise(RowCells cells)
    {
        var raw = cells.Text(C.EnterpriseUscc);
        EnterpriseRef? enterprise;
        if (raw is null)
        {
            if (_creator.Scope.Kind != ScopeKind.Enterprise)
            {
                cells.Fail(C.EnterpriseUscc, new ErrorMessage("Registry:EnterpriseRequired"));
                return null;
            }

            enterprise = _own;
            if (enterprise is null)
            {
                cells.Fail(C.EnterpriseUscc, "Registry:Import.OwnEnterpriseNotRegistered");
                return null;
            }
        }
        else if (_creator.Scope.Kind == ScopeKind.Enterprise && Uscc.Normalize(raw) != _own?.Uscc)
        {
            cells.Fail(C.EnterpriseUscc, "Registry:Import.OwnEnterpriseOnly");
            return null;
        }
        else
        {
            enterprise = _enterprises.GetValueOrDefault(Uscc.Normalize(raw));
        }

        if (enterprise is null || !_creator.Scope.CanSee(enterprise))
        {
            cells.Fail(C.EnterpriseUscc, "Registry:Import.EnterpriseNotFound", raw ?? "");
            return null;
        }

        if (enterprise.Status == EnterpriseStatus.Deregistered)
        {
            cells.Fail(C.EnterpriseUscc, new ErrorMessage("Registry:EnterpriseDeregistered", enterprise.Name));
            return null;
        }

        return enterprise;
    }

    /// <summary>People already recorded under any of these hashes (in any enterprise), in one IN query.</summary>
    private async Task<Dictionary<(Guid Enterprise, string Hash), (string Name, Guid Id)>> RecordedAsync(List<string> hashes, CancellationToken cancellationToken) =>
        hashes.Count == 0
            ? []
            : (await db.People.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
                    .Where(p => hashes.Contains(p.IdNumberHash))
                    .Select(p => new { p.EnterpriseId, p.IdNumberHash, p.Name, p.Id })
                    .ToListAsync(cancellationToken))
                .ToDictionary(p => (p.EnterpriseId, p.IdNumberHash), p => (p.Name, p.Id));

    /// <summary>The chunk's enterprises not seen before, in one query; a code found nowhere is remembered as such.</summary>
    private async Task LoadEnterprisesAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var wanted = rows.Select(r => r.Values[C.EnterpriseUscc])
            .OfType<string>()
            .Select(Uscc.Normalize)
            .Where(u => u.Length == Uscc.Length && !_enterprises.ContainsKey(u))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var found = (await EnterpriseRef.FindAsync(db, wanted, cancellationToken)).ToDictionary(e => e.Uscc, StringComparer.Ordinal);
        foreach (var uscc in wanted)
        {
            _enterprises[uscc] = found.GetValueOrDefault(uscc);
        }
    }

    /// <summary>The ID-number rule writes its own message: stored as its key, so it is shown in the reader's language.</summary>
    private ErrorMessage? Custom(ValidationFailure failure, CreatePersonRequest request) =>
        failure.PropertyName == "idNumber" && failure.ErrorCode == "PredicateValidator"
            && IdNumberRules.Problem(request.IdType, request.IdNumber, clock) is { } problem
            ? new ErrorMessage($"Registry:IdNumber{problem}")
            : null;
}
