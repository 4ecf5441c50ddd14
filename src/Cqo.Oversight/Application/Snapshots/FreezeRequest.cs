using Cqo.Oversight.Contracts;
using FluentValidation;

namespace Cqo.Oversight.Application.Snapshots;

/// <summary>Freeze one closed period now: <c>Month</c> with <c>2025-10</c>, or <c>Year</c> with <c>2025</c>.</summary>
internal sealed record FreezeRequest(Granularity Granularity, string Period);

internal sealed class FreezeRequestValidator : AbstractValidator<FreezeRequest>
{
    public FreezeRequestValidator()
    {
        RuleFor(x => x.Granularity).IsInEnum();
        RuleFor(x => x.Period).NotEmpty().MaximumLength(OversightLimits.CodeMaxLength);
    }
}
