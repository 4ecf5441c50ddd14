using Cqo.Training.Contracts;
using FluentValidation;

namespace Cqo.Training.Application.Attendance;

/// <summary>Marks from the attendance grid; all are stored or, if one is wrong, none.</summary>
internal sealed record SaveMarksRequest(IReadOnlyList<MarkInput> Marks);

internal sealed record MarkInput(Guid EnrolmentId, Guid SessionId, AttendanceMark? Mark);

internal sealed class SaveMarksValidator : AbstractValidator<SaveMarksRequest>
{
    public const int MaxMarks = 5000;

    public SaveMarksValidator()
    {
        RuleFor(x => x.Marks).NotNull().Must(m => m.Count <= MaxMarks).WithMessage($"At most {MaxMarks} marks at once.");
        RuleForEach(x => x.Marks).NotNull().ChildRules(m =>
        {
            m.RuleFor(x => x.EnrolmentId).NotEmpty();
            m.RuleFor(x => x.SessionId).NotEmpty();
            m.RuleFor(x => x.Mark).NotNull().IsInEnum();
        }).When(x => x.Marks is not null);
    }
}

/// <summary>The code a trainee read off the trainer's screen.</summary>
internal sealed record CheckInRequest(string Code);

internal sealed class CheckInValidator : AbstractValidator<CheckInRequest>
{
    public CheckInValidator() => RuleFor(x => x.Code).NotEmpty().Matches("^\\s*[0-9]{6}\\s*$");
}
