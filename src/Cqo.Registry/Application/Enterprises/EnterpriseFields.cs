using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;
using FluentValidation;

namespace Cqo.Registry.Application.Enterprises;

/// <summary>The fields an enterprise is registered and edited with.</summary>
internal interface IEnterpriseFields
{
    string Name { get; }

    string? Address { get; }

    string DistrictCode { get; }

    /// <summary>Empty: the district's own bureau.</summary>
    string? RegulatorUnitCode { get; }

    string IndustryDivisionCode { get; }

    /// <summary>Nullable so that a missing scale is reported, not taken as the first member.</summary>
    EnterpriseScale? Scale { get; }

    bool AboveDesignatedSize { get; }

    bool Specialised { get; }

    IReadOnlyList<QualityAwardDto>? Awards { get; }
}

internal abstract class EnterpriseFieldsValidator<T> : AbstractValidator<T>
    where T : IEnterpriseFields
{
    protected EnterpriseFieldsValidator(TimeProvider clock)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(RegistryLimits.EnterpriseNameMaxLength);
        RuleFor(x => x.Address).MaximumLength(RegistryLimits.AddressMaxLength);
        RuleFor(x => x.DistrictCode).NotEmpty().Length(6);
        RuleFor(x => x.RegulatorUnitCode).MaximumLength(16);
        RuleFor(x => x.IndustryDivisionCode).NotEmpty().Matches("^[0-9]{2}$");
        RuleFor(x => x.Scale).NotNull().IsInEnum();
        RuleFor(x => x.Awards).Must(a => a is null || a.Count <= RegistryLimits.MaxAwards);
        RuleForEach(x => x.Awards).ChildRules(award =>
        {
            award.RuleFor(a => a.Name).NotEmpty().MaximumLength(RegistryLimits.AwardNameMaxLength);
            award.RuleFor(a => a.Level).IsInEnum();
            award.RuleFor(a => a.Year).InclusiveBetween(2000, clock.Today().Year);
        });
    }
}
