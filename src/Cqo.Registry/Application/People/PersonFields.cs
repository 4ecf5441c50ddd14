using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Cqo.Registry.Application.People;

/// <summary>The fields a person is recorded with; enums nullable so that a missing one is reported.</summary>
internal interface IPersonFields
{
    string Name { get; }

    PersonalIdType? IdType { get; }

    /// <summary>Required when recording a person; left empty on an edit, the recorded number stays.</summary>
    string? IdNumber { get; }

    Education? Education { get; }

    string? Major { get; }

    TitleLevel? Title { get; }

    TitleLevel? QualityEngineerLevel { get; }

    int QualityYears { get; }

    string? Phone { get; }

    string? Email { get; }

    /// <summary>Only for documents that do not carry one (a resident ID does).</summary>
    DateOnly? BirthDate { get; }

    Gender? Gender { get; }
}

internal abstract class PersonFieldsValidator<T> : AbstractValidator<T>
    where T : IPersonFields
{
    protected PersonFieldsValidator(IStringLocalizer texts, TimeProvider clock)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(RegistryLimits.PersonNameMaxLength);
        RuleFor(x => x.IdType).NotNull().IsInEnum();
        RuleFor(x => x.IdNumber).MaximumLength(RegistryLimits.IdNumberMaxLength)
            .Must((x, number) => IdNumberRules.Problem(x.IdType, number, clock) is null)
            .When(x => x.IdType is not null && Enum.IsDefined(x.IdType.Value) && !string.IsNullOrWhiteSpace(x.IdNumber))
            .WithMessage(x => texts[$"Registry:IdNumber{IdNumberRules.Problem(x.IdType, x.IdNumber, clock)}"]);
        RuleFor(x => x.Education).NotNull().IsInEnum();
        RuleFor(x => x.Major).MaximumLength(RegistryLimits.TextMaxLength);
        RuleFor(x => x.Title).IsInEnum();
        RuleFor(x => x.QualityEngineerLevel).IsInEnum();
        RuleFor(x => x.QualityYears).InclusiveBetween(0, RegistryLimits.MaxQualityYears);
        RuleFor(x => x.Phone).MaximumLength(RegistryLimits.PhoneMaxLength).Matches(@"^[0-9+\- ]*$");
        RuleFor(x => x.Email).MaximumLength(RegistryLimits.EmailMaxLength).EmailAddress();
        RuleFor(x => x.BirthDate).LessThanOrEqualTo(_ => clock.Today());
        RuleFor(x => x.Gender).IsInEnum();
    }
}

internal static class IdNumberRules
{
    public static PersonalIdProblem? Problem(PersonalIdType? type, string? raw, TimeProvider clock) =>
        type is { } t ? PersonalId.Check(t, PersonalId.Normalize(t, raw ?? ""), clock.Today()) : null;
}
