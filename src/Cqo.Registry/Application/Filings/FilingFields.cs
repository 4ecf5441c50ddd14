using Cqo.Registry.Contracts;
using FluentValidation;

namespace Cqo.Registry.Application.Filings;

/// <summary>What the enterprise fills in on a filing; enums and dates nullable so that a missing one is reported.</summary>
internal interface IFilingFields
{
    Guid PersonId { get; }

    AppointingBody? AppointedBy { get; }

    DateOnly? AppointmentDate { get; }

    DateOnly? TermEnd { get; }

    string? TrainingCertificateNumber { get; }

    string? WaiverReason { get; }

    IReadOnlyList<string>? Declarations { get; }

    Guid? ReplacesFilingId { get; }
}

internal abstract class FilingFieldsValidator<T> : AbstractValidator<T>
    where T : IFilingFields
{
    protected FilingFieldsValidator()
    {
        RuleFor(x => x.PersonId).NotEmpty();
        RuleFor(x => x.AppointedBy).NotNull().IsInEnum();
        RuleFor(x => x.AppointmentDate).NotNull();
        RuleFor(x => x.TermEnd).GreaterThan(x => x.AppointmentDate).When(x => x.TermEnd is not null && x.AppointmentDate is not null);
        RuleFor(x => x.TrainingCertificateNumber).MaximumLength(RegistryLimits.CertificateNumberMaxLength);
        RuleFor(x => x.WaiverReason).MaximumLength(RegistryLimits.ReasonMaxLength);
        RuleFor(x => x.Declarations).Must(d => d is null || d.Count <= 20);
        RuleForEach(x => x.Declarations).NotEmpty().MaximumLength(40);
    }
}

/// <summary>A step's comment, and the stamp the client last read (two reviewers at once: one wins, one gets 409).</summary>
internal sealed record FilingStepRequest(string? Comment, Guid ConcurrencyStamp);

internal sealed class FilingStepValidator : AbstractValidator<FilingStepRequest>
{
    public FilingStepValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(RegistryLimits.CommentMaxLength);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
    }
}
