using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Application.People;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Filings;

/// <summary>A guard that fails: a stable code, the field it concerns, and why.</summary>
internal sealed record GuardFailure(string Code, string Field, ErrorMessage Message);

/// <summary>
/// The guards on submitting a filing (DOMAIN.md §4), each evaluated and reported on its own: an
/// active enterprise; a valid ID number and an officer of age; the rule set of the enterprise's
/// jurisdiction (or a waiver request); a training certificate where required; the declarations;
/// the appointment letter; and no other active or pending appointment unless this one replaces it.
/// </summary>
internal sealed class FilingGuards(RegistryDbContext db, IdNumbers idNumbers, TimeProvider clock)
{
    public async Task<IReadOnlyList<GuardFailure>> EvaluateAsync(Filing filing, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == filing.EnterpriseId, cancellationToken);
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == filing.PersonId, cancellationToken);
        var rules = await RuleSetFor(enterprise.JurisdictionCode!, cancellationToken);
        var others = await db.Filings.AsNoTracking()
            .Where(f => f.EnterpriseId == filing.EnterpriseId && f.Id != filing.Id)
            .Where(f => f.Status == FilingStatus.Active || f.Status == FilingStatus.Submitted || f.Status == FilingStatus.UnderReview
                || f.Status == FilingStatus.Returned || f.Status == FilingStatus.Announcing)
            .Select(f => new { f.Id, f.Status })
            .ToListAsync(cancellationToken);

        var failures = new List<GuardFailure>();
        void Fail(string code, string field, string key, params object[] args) =>
            failures.Add(new GuardFailure($"registry.guard.{code}", field, new ErrorMessage($"Registry:Guard.{key}", args)));

        if (enterprise.Status != EnterpriseStatus.Active)
        {
            Fail("enterprise_not_active", "enterpriseId", "EnterpriseNotActive", enterprise.Name);
        }

        var today = clock.Today();
        var number = idNumbers.Reveal(person);
        if (PersonalId.Check(person.IdType, number, today) is { } problem)
        {
            Fail("id_number_invalid", "personId", "IdNumberInvalid", new ErrorMessage($"Registry:IdNumber{problem}"));
        }
        else if (person.BirthDate is not { } birthDate)
        {
            Fail("birth_date_unknown", "personId", "BirthDateUnknown");
        }
        else if (PersonalId.AgeOn(birthDate, today) is var age && (age < rules.OfficerMinAge || age > rules.OfficerMaxAge))
        {
            Fail("officer_age", "personId", "OfficerAge", age, rules.OfficerMinAge, rules.OfficerMaxAge);
        }

        if (string.IsNullOrWhiteSpace(filing.WaiverReason) && !Qualifies(person, rules.RequirementFor(enterprise.Scale)))
        {
            var requirement = rules.RequirementFor(enterprise.Scale)!;
            Fail("qualification", "personId", "Qualification",
                new ErrorMessage($"Education:{requirement.MinimumEducation}"), requirement.MinimumYears,
                new ErrorMessage($"TitleLevel:{requirement.AlternativeTitle}"), requirement.AlternativeYears);
        }

        if (rules.RequireTrainingCertificate && string.IsNullOrWhiteSpace(filing.TrainingCertificateNumber))
        {
            Fail("certificate_required", "trainingCertificateNumber", "CertificateRequired");
        }

        foreach (var declaration in rules.RequiredDeclarations.Except(filing.Declarations))
        {
            Fail("declaration_missing", "declarations", "DeclarationMissing", new ErrorMessage($"Declaration:{declaration}"));
        }

        if (filing.Letter is null)
        {
            Fail("letter_missing", "letter", "LetterMissing");
        }

        var active = others.FirstOrDefault(f => f.Status == FilingStatus.Active);
        if (active is not null && filing.ReplacesFilingId != active.Id)
        {
            Fail("active_filing_exists", "replacesFilingId", "ActiveFilingExists", active.Id);
        }
        else if (filing.ReplacesFilingId is { } replaced && active?.Id != replaced)
        {
            Fail("replaces_not_active", "replacesFilingId", "ReplacesNotActive");
        }

        if (others.FirstOrDefault(f => f.Status != FilingStatus.Active) is { } pending)
        {
            Fail("filing_pending", "enterpriseId", "FilingPending", pending.Id);
        }

        return failures;
    }

    public async Task<QualificationRuleSet> RuleSetFor(string jurisdictionCode, CancellationToken cancellationToken) =>
        await db.RuleSets.AsNoTracking().FirstOrDefaultAsync(r => r.Code == jurisdictionCode, cancellationToken)
        ?? await db.RuleSets.AsNoTracking().FirstAsync(r => r.Code == QualificationRuleSet.DefaultCode, cancellationToken);

    /// <summary>The education and years for the scale, or the alternative title and years.</summary>
    private static bool Qualifies(Person person, ScaleRequirement? requirement) =>
        requirement is null
        || (person.Education >= requirement.MinimumEducation && person.QualityYears >= requirement.MinimumYears)
        || (requirement.AlternativeTitle != TitleLevel.None
            && (person.Title >= requirement.AlternativeTitle || person.QualityEngineerLevel >= requirement.AlternativeTitle)
            && person.QualityYears >= requirement.AlternativeYears);
}
