using System.Globalization;
using Cqo.Platform.Persistence;
using Cqo.Platform.Time;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Registry.Application.Filings;

internal sealed record ReviewFilingRequest(ReviewDecision? Decision, string? Comment, Guid ConcurrencyStamp);

internal sealed class ReviewFilingValidator : AbstractValidator<ReviewFilingRequest>
{
    public ReviewFilingValidator()
    {
        RuleFor(x => x.Decision).NotNull().IsInEnum();
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Decision is ReviewDecision.Return or ReviewDecision.Reject);
        RuleFor(x => x.Comment).MaximumLength(RegistryLimits.CommentMaxLength);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
    }
}

internal sealed record EndFilingRequest(FilingEndReason? Reason, DateOnly? EndedOn, string? Comment, Guid ConcurrencyStamp);

internal sealed class EndFilingValidator : AbstractValidator<EndFilingRequest>
{
    public EndFilingValidator(IStringLocalizer texts)
    {
        // Replacement and deregistration end appointments by themselves.
        RuleFor(x => x.Reason).NotNull().IsInEnum()
            .Must(r => r is not (FilingEndReason.Replaced or FilingEndReason.EnterpriseDeregistered))
            .WithMessage(_ => texts["Registry:EndReasonManual"]);
        RuleFor(x => x.Comment).MaximumLength(RegistryLimits.CommentMaxLength);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
    }
}

internal sealed record RevokeFilingRequest(string Comment, Guid ConcurrencyStamp);

internal sealed class RevokeFilingValidator : AbstractValidator<RevokeFilingRequest>
{
    public RevokeFilingValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(RegistryLimits.CommentMaxLength);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
    }
}

/// <summary>
/// The steps of a filing after drafting. Each loads the filing the caller sees, checks the stamp
/// the client read, applies the step and saves: of two reviewers acting at once, one gets 409.
/// </summary>
internal sealed class FilingStepsHandler(
    RegistryDbContext db, FilingGuards guards, FilingReader reader, RegistryCaller caller, WorkingCalendar calendar, TimeProvider clock)
{
    public Task<FilingDto> SubmitAsync(Guid id, FilingStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request.ConcurrencyStamp, async (filing, now) =>
        {
            // The enterprise's stamp is read before the guards look at its other filings: a submission
            // committed after that read makes this save fail, however late it lands.
            await db.Enterprises.SerializeChangesOfAsync(filing.EnterpriseId, cancellationToken);
            var failures = await guards.EvaluateAsync(filing, cancellationToken);
            if (failures.Count > 0)
            {
                throw new BusinessRuleException(
                    "registry.submit_guards_failed",
                    new ErrorMessage("Registry:SubmitGuardsFailed", failures.Count),
                    failures.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray()));
            }

            filing.Submit(caller.Actor, now);
        }, cancellationToken);

    public Task<FilingDto> WithdrawAsync(Guid id, FilingStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request.ConcurrencyStamp, (filing, now) => filing.Withdraw(caller.Actor, now, request.Comment), cancellationToken);

    public Task<FilingDto> ReviewAsync(Guid id, ReviewFilingRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request.ConcurrencyStamp, async (filing, now) =>
        {
            var actor = caller.Actor;
            switch (request.Decision!.Value)
            {
                case ReviewDecision.StartReview:
                    filing.StartReview(actor, now, request.Comment);
                    break;
                case ReviewDecision.Return:
                    filing.Return(actor, now, request.Comment!);
                    break;
                case ReviewDecision.Reject:
                    filing.Reject(actor, now, request.Comment!);
                    break;
                case ReviewDecision.Approve:
                    var rules = await guards.RuleSetFor(filing.JurisdictionCode!, cancellationToken);
                    var today = clock.Today();
                    filing.Approve(actor, now, request.Comment, today, calendar.AddWorkingDays(today, rules.AnnouncementWorkingDays));
                    break;
            }
        }, cancellationToken);

    public Task<FilingDto> EndAsync(Guid id, EndFilingRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request.ConcurrencyStamp, (filing, now) =>
        {
            var today = clock.Today();
            var endedOn = request.EndedOn ?? today;
            if (filing.ActivatedOn is { } activatedOn && (endedOn > today || endedOn < activatedOn))
            {
                throw new FieldValidationException("endedOn", new ErrorMessage("Registry:EndedOnRange", activatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            filing.End(request.Reason!.Value, endedOn, caller.Actor, now, request.Comment);
        }, cancellationToken);

    public Task<FilingDto> RevokeAsync(Guid id, RevokeFilingRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request.ConcurrencyStamp, (filing, now) => filing.Revoke(caller.Actor, clock.Today(), now, request.Comment), cancellationToken);

    private Task<FilingDto> StepAsync(Guid id, Guid stamp, Action<Filing, DateTimeOffset> step, CancellationToken cancellationToken) =>
        StepAsync(id, stamp, (filing, now) =>
        {
            step(filing, now);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<FilingDto> StepAsync(Guid id, Guid stamp, Func<Filing, DateTimeOffset, Task> step, CancellationToken cancellationToken)
    {
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw new NotFoundException("Filing", id);
        db.ExpectConcurrencyStamp(filing, stamp);
        await step(filing, clock.GetUtcNow());
        await db.SaveStepAsync(cancellationToken);
        return await reader.GetAsync(id, cancellationToken);
    }
}
