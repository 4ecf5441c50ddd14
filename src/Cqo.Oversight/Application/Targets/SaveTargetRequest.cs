using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Contracts;
using Cqo.Registry.Contracts;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Cqo.Oversight.Application.Targets;

/// <summary>A target as the municipal regulator defines it; the stamp is required when changing one.</summary>
internal sealed record SaveTargetRequest(
    string Name,
    TargetKind Kind,
    string? FigureKey,
    DateOnly From,
    DateOnly Until,
    decimal Goal,
    TargetScopeDto? Scope,
    Guid? ConcurrencyStamp);

internal sealed class SaveTargetValidator : AbstractValidator<SaveTargetRequest>
{
    public SaveTargetValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(OversightLimits.NameMaxLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.FigureKey).NotEmpty().When(x => x.Kind == TargetKind.Figure);
        RuleFor(x => x.FigureKey)
            .Must(key => FigureCatalogue.Find(key!) is { Shape: not FigureShape.Distribution })
            .When(x => x.Kind == TargetKind.Figure && !string.IsNullOrEmpty(x.FigureKey))
            .WithMessage(_ => texts["Oversight:TargetFigure", string.Join(", ", FigureCatalogue.All.Where(f => f.Shape != FigureShape.Distribution).Select(f => f.Key))]);
        RuleFor(x => x.FigureKey).Empty().When(x => x.Kind == TargetKind.Coverage)
            .WithMessage(_ => texts["Oversight:CoverageHasNoFigure"]);
        RuleFor(x => x.Until).GreaterThanOrEqualTo(x => x.From);
        RuleFor(x => x.Goal).GreaterThan(0).LessThanOrEqualTo(1_000_000_000);
        RuleFor(x => x.Goal).LessThanOrEqualTo(100).When(x => x.Kind == TargetKind.Coverage)
            .WithMessage(_ => texts["Oversight:CoverageIsPercent"]);
        RuleFor(x => x.Scope!.DistrictCode).MaximumLength(OversightLimits.CodeMaxLength).When(x => x.Scope is not null).OverridePropertyName("scope.districtCode");
        RuleFor(x => x.Scope!.JurisdictionCode).MaximumLength(OversightLimits.CodeMaxLength).When(x => x.Scope is not null).OverridePropertyName("scope.jurisdictionCode");
        RuleFor(x => x.Scope!.IndustrySectionCode).MaximumLength(OversightLimits.CodeMaxLength).When(x => x.Scope is not null).OverridePropertyName("scope.industrySectionCode");
        RuleFor(x => x.Scope!.IndustryDivisionCode).MaximumLength(OversightLimits.CodeMaxLength).When(x => x.Scope is not null).OverridePropertyName("scope.industryDivisionCode");
        RuleFor(x => x.Scope!.Scale).IsEnumName(typeof(EnterpriseScale), caseSensitive: false)
            .When(x => !string.IsNullOrEmpty(x.Scope?.Scale)).OverridePropertyName("scope.scale");
        RuleFor(x => x.Scope!.MinimumAward).IsEnumName(typeof(AwardLevel), caseSensitive: false)
            .When(x => !string.IsNullOrEmpty(x.Scope?.MinimumAward)).OverridePropertyName("scope.minimumAward");
        RuleFor(x => x.Scope!.MinimumAward).Empty().When(x => x.Kind == TargetKind.Figure && x.Scope is not null)
            .OverridePropertyName("scope.minimumAward").WithMessage(_ => texts["Oversight:AwardIsCoverage"]);
    }
}
