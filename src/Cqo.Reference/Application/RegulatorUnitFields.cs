using Cqo.Reference.Contracts;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Cqo.Reference.Application;

/// <summary>The fields a regulator unit is created and edited with.</summary>
internal interface IRegulatorUnitFields
{
    string NameZh { get; }

    string NameEn { get; }

    /// <summary>Nullable so that a missing kind is reported, not taken as the first member.</summary>
    RegulatorUnitKind? Kind { get; }

    string? DistrictCode { get; }
}

internal abstract class RegulatorUnitFieldsValidator<T> : AbstractValidator<T>
    where T : IRegulatorUnitFields
{
    protected RegulatorUnitFieldsValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.NameZh).NotEmpty().MaximumLength(ReferenceLimits.NameZhMaxLength);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(ReferenceLimits.NameEnMaxLength);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.DistrictCode).NotEmpty().When(x => x.Kind == RegulatorUnitKind.District)
            .WithMessage(_ => texts["Reference:DistrictRequired"]);
        RuleFor(x => x.DistrictCode).Empty().When(x => x.Kind is not null and not RegulatorUnitKind.District)
            .WithMessage(_ => texts["Reference:DistrictOnlyForBureaus"]);
    }
}
