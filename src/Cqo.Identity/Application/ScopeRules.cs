using Cqo.Identity.Contracts;
using Cqo.Identity.Infrastructure;
using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Application;

/// <summary>
/// Where a caller may place an account or client, and which roles it may hand out: city-wide
/// callers anywhere; everyone else only inside their own organisation or jurisdiction, and never a
/// role above their own kind.
/// </summary>
internal sealed class ScopeRules(IdentityDbContext db, IReferenceDataQueries reference, ICurrentUser caller)
{
    private static readonly Dictionary<ScopeKind, string[]> s_assignable = new()
    {
        [ScopeKind.Enterprise] = [StandardRoles.EnterpriseAdmin, StandardRoles.Officer],
        [ScopeKind.TrainingProvider] = [StandardRoles.ProviderAdmin, StandardRoles.Trainer, StandardRoles.Officer],
        [ScopeKind.DistrictRegulator] = [StandardRoles.DistrictRegulator],
    };

    public IReadOnlyList<string> AssignableRoles =>
        caller.Scope.SeesAll ? StandardRoles.All : s_assignable.GetValueOrDefault(caller.Scope.Kind) ?? [];

    /// <summary>The scope as it will be stored, after checking it exists and lies within the caller's reach.</summary>
    public async Task<DataScope> CheckPlacementAsync(ScopeInput input, string field, CancellationToken cancellationToken)
    {
        var kind = input.Kind!.Value;
        var errors = new Dictionary<string, ErrorMessage[]>();
        Guid? organisationId = null;
        string? jurisdiction = null;
        if (kind is ScopeKind.Enterprise or ScopeKind.TrainingProvider or ScopeKind.Individual && input.OrganisationId is { } id)
        {
            var expected = kind == ScopeKind.TrainingProvider ? OrganisationKind.TrainingProvider : OrganisationKind.Enterprise;
            var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (organisation is null || (kind != ScopeKind.Individual && organisation.Kind != expected))
            {
                errors[$"{field}.organisationId"] = [new ErrorMessage("Identity:OrganisationUnknown")];
            }
            else
            {
                organisationId = organisation.Id;
                jurisdiction = organisation.JurisdictionCode;
            }
        }
        else if (kind is ScopeKind.Enterprise or ScopeKind.TrainingProvider)
        {
            errors[$"{field}.organisationId"] = [new ErrorMessage("Identity:OrganisationRequired")];
        }

        if (kind == ScopeKind.DistrictRegulator)
        {
            jurisdiction = input.JurisdictionCode?.Trim();
            if (string.IsNullOrEmpty(jurisdiction) || await reference.FindRegulatorUnitByCodeAsync(jurisdiction, cancellationToken) is null)
            {
                errors[$"{field}.jurisdictionCode"] = [new ErrorMessage("Identity:JurisdictionUnknown")];
            }
        }

        var placed = new DataScope(kind, organisationId, jurisdiction);
        if (errors.Count == 0 && !IsWithinReach(placed))
        {
            errors[field] = [new ErrorMessage("Identity:OutsideYourScope")];
        }

        return errors.Count > 0 ? throw new FieldValidationException(errors) : placed;
    }

    public void CheckRoles(IEnumerable<string> roles, string field)
    {
        var refused = roles.Where(r => !AssignableRoles.Contains(r)).ToList();
        if (refused.Count > 0)
        {
            throw new FieldValidationException(field, new ErrorMessage("Identity:RoleNotAssignable", string.Join(", ", refused)));
        }
    }

    private bool IsWithinReach(DataScope placed)
    {
        var own = caller.Scope;
        if (own.SeesAll)
        {
            return true;
        }

        return own.Kind switch
        {
            ScopeKind.Enterprise or ScopeKind.TrainingProvider =>
                placed.OrganisationId == own.OrganisationId && (placed.Kind == own.Kind || placed.Kind == ScopeKind.Individual),
            ScopeKind.DistrictRegulator => placed.Kind == ScopeKind.DistrictRegulator && placed.JurisdictionCode == own.JurisdictionCode,
            _ => false,
        };
    }
}

/// <summary>A scope as a client sends it: the kind, and the organisation or jurisdiction it needs.</summary>
internal sealed record ScopeInput(ScopeKind? Kind, Guid? OrganisationId, string? JurisdictionCode);
