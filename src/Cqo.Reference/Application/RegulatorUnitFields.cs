using Cqo.Reference.Contracts;
using FluentValidation;

namespace Cqo.Reference.Application;

/// <summary>The fields a regulator unit is created and edited with.</summary>
internal interface IRegulatorUnitFields
{
    string NameZh { get; }

    string NameEn { get; }

    RegulatorUnitKind Kind { get; }

    string? DistrictCode { get; }
}

internal abstract class RegulatorUnitFieldsValidator<T> : AbstractValidator<T>
    where T : IRegulatorUnitFields
{
    protected RegulatorUnitFieldsValidator()
    {
        RuleFor(x => x.NameZh).NotEmpty().MaximumLength(ReferenceLimits.NameZhMaxLength);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(ReferenceLimits.NameEnMaxLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.DistrictCode).NotEmpty().When(x => x.Kind == RegulatorUnitKind.District)
            .WithMessage("'districtCode' is required for a district bureau.");
        RuleFor(x => x.DistrictCode).Empty().When(x => x.Kind != RegulatorUnitKind.District)
            .WithMessage("'districtCode' applies to district bureaus only.");
    }
}
