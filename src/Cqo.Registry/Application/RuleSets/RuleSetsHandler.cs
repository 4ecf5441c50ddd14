using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.RuleSets;

/// <summary>The terms of a rule set; <see cref="ConcurrencyStamp"/> empty when creating a jurisdiction's own.</summary>
internal sealed record SaveRuleSetRequest(
    IReadOnlyList<ScaleRequirementDto> Requirements,
    bool RequireTrainingCertificate,
    IReadOnlyList<string>? RequiredDeclarations,
    int OfficerMinAge,
    int OfficerMaxAge,
    int AnnouncementWorkingDays,
    Guid? ConcurrencyStamp);

internal sealed class SaveRuleSetValidator : AbstractValidator<SaveRuleSetRequest>
{
    public SaveRuleSetValidator()
    {
        RuleFor(x => x.Requirements).NotNull()
            .Must(r => r.Select(x => x.Scale).Distinct().Count() == r.Count).WithErrorCode("Unique");
        RuleForEach(x => x.Requirements).ChildRules(r =>
        {
            r.RuleFor(x => x.Scale).IsInEnum();
            r.RuleFor(x => x.MinimumEducation).IsInEnum();
            r.RuleFor(x => x.AlternativeTitle).IsInEnum();
            r.RuleFor(x => x.MinimumYears).InclusiveBetween(0, RegistryLimits.MaxQualityYears);
            r.RuleFor(x => x.AlternativeYears).InclusiveBetween(0, RegistryLimits.MaxQualityYears);
        });
        RuleForEach(x => x.RequiredDeclarations).NotEmpty().MaximumLength(40);
        RuleFor(x => x.OfficerMinAge).InclusiveBetween(16, 100);
        RuleFor(x => x.OfficerMaxAge).InclusiveBetween(16, 100).GreaterThanOrEqualTo(x => x.OfficerMinAge);
        RuleFor(x => x.AnnouncementWorkingDays).InclusiveBetween(0, 60);
    }
}

/// <summary>Reads and edits the city-wide rule set and jurisdictions' own ones.</summary>
internal sealed class RuleSetsHandler(RegistryDbContext db, IReferenceDataQueries reference, RegistryCaller caller, TimeProvider clock)
{
    public async Task<IReadOnlyList<RuleSetDto>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await db.RuleSets.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken)).Select(r => r.ToDto())];

    public async Task<RuleSetDto> GetAsync(string code, CancellationToken cancellationToken) =>
        (await db.RuleSets.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, cancellationToken))?.ToDto()
        ?? throw new NotFoundException("RuleSet", code);

    /// <summary>City-wide callers edit any rule set; a district regulator holding the permission only its own jurisdiction's.</summary>
    public async Task<RuleSetDto> SaveAsync(string code, SaveRuleSetRequest request, CancellationToken cancellationToken)
    {
        if (!caller.Scope.SeesAll && caller.Scope.SeenJurisdictionCode != code)
        {
            throw new BusinessRuleException("registry.outside_scope", new ErrorMessage("Registry:OutsideScope"));
        }

        var terms = new RuleSetTerms(
            request.Requirements, request.RequireTrainingCertificate, [.. (request.RequiredDeclarations ?? []).Select(d => d.Trim()).Distinct()],
            request.OfficerMinAge, request.OfficerMaxAge, request.AnnouncementWorkingDays);
        var ruleSet = await db.RuleSets.FirstOrDefaultAsync(r => r.Code == code, cancellationToken);
        if (ruleSet is null)
        {
            if (code != QualificationRuleSet.DefaultCode && await reference.FindRegulatorUnitByCodeAsync(code, cancellationToken) is null)
            {
                throw new NotFoundException("RegulatorUnit", code);
            }

            ruleSet = new QualificationRuleSet(Guid.CreateVersion7(clock.GetUtcNow()), code, terms);
            db.RuleSets.Add(ruleSet);
        }
        else
        {
            db.ExpectConcurrencyStamp(ruleSet, request.ConcurrencyStamp ?? Guid.Empty);
            ruleSet.Update(terms);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ruleSet.ToDto();
    }
}
