using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Domain;

namespace Cqo.Registry.Domain;

/// <summary>
/// Who may be filed as a CQO (DOMAIN.md §3): per jurisdiction, or the city-wide default
/// (<see cref="DefaultCode"/>). Per enterprise scale a minimum education and years in quality work,
/// or a professional title instead of the degree; whether a training certificate is required; the
/// declarations the enterprise must affirm; the officer's age range; the announcement window.
/// </summary>
internal sealed class QualificationRuleSet : AggregateRoot
{
    public const string DefaultCode = "default";

    private readonly List<ScaleRequirement> _requirements = [];

    public QualificationRuleSet(Guid id, string code, RuleSetTerms terms)
        : base(id)
    {
        Code = code;
        Update(terms);
    }

    private QualificationRuleSet() { }

    /// <summary><see cref="DefaultCode"/>, or the regulator unit code whose jurisdiction it governs.</summary>
    public string Code { get; private set; } = "";

    public IReadOnlyList<ScaleRequirement> Requirements => _requirements;

    public bool RequireTrainingCertificate { get; private set; }

    public List<string> RequiredDeclarations { get; private set; } = [];

    public int OfficerMinAge { get; private set; }

    public int OfficerMaxAge { get; private set; }

    public int AnnouncementWorkingDays { get; private set; }

    public void Update(RuleSetTerms terms)
    {
        // Kept by scale (their key), changed in place: a row removed and added under the same key in one save is refused.
        _requirements.RemoveAll(r => terms.Requirements.All(t => t.Scale != r.Scale));
        foreach (var term in terms.Requirements)
        {
            var requirement = RequirementFor(term.Scale);
            if (requirement is null)
            {
                _requirements.Add(requirement = new ScaleRequirement(term.Scale));
            }

            requirement.Set(term.MinimumEducation, term.MinimumYears, term.AlternativeTitle, term.AlternativeYears);
        }

        RequireTrainingCertificate = terms.RequireTrainingCertificate;
        RequiredDeclarations = [.. terms.RequiredDeclarations];
        OfficerMinAge = terms.OfficerMinAge;
        OfficerMaxAge = terms.OfficerMaxAge;
        AnnouncementWorkingDays = terms.AnnouncementWorkingDays;
    }

    public ScaleRequirement? RequirementFor(EnterpriseScale scale) => _requirements.FirstOrDefault(r => r.Scale == scale);

    public RuleSetDto ToDto() => new(
        Code,
        [.. _requirements.Select(r => new ScaleRequirementDto(r.Scale, r.MinimumEducation, r.MinimumYears, r.AlternativeTitle, r.AlternativeYears))],
        RequireTrainingCertificate, RequiredDeclarations, OfficerMinAge, OfficerMaxAge, AnnouncementWorkingDays, ConcurrencyStamp);
}

/// <summary>
/// For one enterprise scale: <see cref="MinimumEducation"/> and <see cref="MinimumYears"/>, or
/// alternatively <see cref="AlternativeTitle"/> and <see cref="AlternativeYears"/> (none: no alternative).
/// </summary>
internal sealed class ScaleRequirement(EnterpriseScale scale)
{
    public EnterpriseScale Scale { get; private set; } = scale;

    public Education MinimumEducation { get; private set; }

    public int MinimumYears { get; private set; }

    public TitleLevel AlternativeTitle { get; private set; }

    public int AlternativeYears { get; private set; }

    public void Set(Education minimumEducation, int minimumYears, TitleLevel alternativeTitle, int alternativeYears)
    {
        MinimumEducation = minimumEducation;
        MinimumYears = minimumYears;
        AlternativeTitle = alternativeTitle;
        AlternativeYears = alternativeYears;
    }
}

internal sealed record RuleSetTerms(
    IReadOnlyList<ScaleRequirementDto> Requirements,
    bool RequireTrainingCertificate,
    IReadOnlyList<string> RequiredDeclarations,
    int OfficerMinAge,
    int OfficerMaxAge,
    int AnnouncementWorkingDays)
{
    /// <summary>DOMAIN.md's default: bachelor's and 3 years, or an intermediate title and 3 years; a certificate; three declarations.</summary>
    public static RuleSetTerms Default { get; } = new(
        [.. Enum.GetValues<EnterpriseScale>().Select(s => new ScaleRequirementDto(s, Education.Bachelor, 3, TitleLevel.Intermediate, 3))],
        RequireTrainingCertificate: true,
        [Declaration.NoCriminalPenalty, Declaration.NoSeriousQualityFault, Declaration.NoSecretLeak],
        OfficerMinAge: 18,
        OfficerMaxAge: 75,
        AnnouncementWorkingDays: 5);
}

/// <summary>The disqualifying facts an enterprise declares absent (DOMAIN.md §1).</summary>
internal static class Declaration
{
    public const string NoCriminalPenalty = "no_criminal_penalty";
    public const string NoSeriousQualityFault = "no_serious_quality_fault";
    public const string NoSecretLeak = "no_secret_leak";
}
