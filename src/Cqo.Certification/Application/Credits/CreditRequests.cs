using Cqo.Certification.Contracts;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Cqo.Certification.Application.Credits;

/// <summary>An officer logs hours of training elsewhere: what, how long, when, on what evidence, and optionally the provider who may confirm it.</summary>
internal sealed record LogCreditRequest(string Title, decimal Hours, DateOnly CompletedOn, string Evidence, Guid? ProviderId = null);

internal sealed class LogCreditValidator : AbstractValidator<LogCreditRequest>
{
    public LogCreditValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(CertificationLimits.TitleMaxLength);
        RuleFor(x => x.Hours).GreaterThan(0m).LessThanOrEqualTo(CertificationLimits.MaxCreditHours)
            .Must(h => h * 2 == decimal.Truncate(h * 2)).WithMessage(_ => texts["Certification:HalfHours"]);
        RuleFor(x => x.Evidence).NotEmpty().MaximumLength(CertificationLimits.EvidenceMaxLength);
    }
}

/// <summary>A reviewer approves or rejects logged hours; rejecting needs a comment.</summary>
internal sealed record ReviewCreditRequest(Guid ConcurrencyStamp, bool Approve, string? Comment = null);

internal sealed class ReviewCreditValidator : AbstractValidator<ReviewCreditRequest>
{
    public ReviewCreditValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
        RuleFor(x => x.Comment).MaximumLength(CertificationLimits.ReasonMaxLength);
        RuleFor(x => x.Comment).NotEmpty().When(x => !x.Approve).WithMessage(_ => texts["Certification:RejectionNeedsComment"]);
    }
}
