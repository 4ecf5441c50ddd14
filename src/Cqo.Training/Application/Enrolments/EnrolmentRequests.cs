using Cqo.Training.Contracts;
using FluentValidation;

namespace Cqo.Training.Application.Enrolments;

/// <summary>An enterprise enrols these of its staff records; the whole list or none.</summary>
internal sealed record EnrolStaffRequest(IReadOnlyList<Guid> PersonIds);

internal sealed class EnrolStaffValidator : AbstractValidator<EnrolStaffRequest>
{
    public const int MaxPeople = 200;

    public EnrolStaffValidator()
    {
        RuleFor(x => x.PersonIds).NotNull().NotEmpty().Must(ids => ids.Count <= MaxPeople)
            .WithMessage($"At most {MaxPeople} people at once.");
        RuleForEach(x => x.PersonIds).NotEmpty();
    }
}

/// <summary>A step on one enrolment: its stamp, a reason (required to reject), and for a sponsor's confirmation the staff record it is.</summary>
internal sealed record EnrolmentStepRequest(Guid ConcurrencyStamp, string? Reason = null, Guid? PersonId = null);

internal sealed class EnrolmentStepValidator : AbstractValidator<EnrolmentStepRequest>
{
    public EnrolmentStepValidator() => RuleFor(x => x.Reason).MaximumLength(TrainingLimits.CommentMaxLength);
}
