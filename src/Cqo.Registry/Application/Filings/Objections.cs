using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Text;
using Cqo.SharedKernel.Time;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Filings;

/// <summary>An objection from the public; name and contact are optional (anonymous reports are taken).</summary>
internal sealed record LodgeObjectionRequest(string? Name, string? Contact, string Text);

internal sealed class LodgeObjectionValidator : AbstractValidator<LodgeObjectionRequest>
{
    public LodgeObjectionValidator()
    {
        RuleFor(x => x.Name).MaximumLength(RegistryLimits.PersonNameMaxLength);
        RuleFor(x => x.Contact).MaximumLength(RegistryLimits.EmailMaxLength);
        RuleFor(x => x.Text).NotEmpty().MaximumLength(RegistryLimits.CommentMaxLength);
    }
}

internal sealed record HandleObjectionRequest(bool Upheld, string Comment, Guid ConcurrencyStamp);

internal sealed class HandleObjectionValidator : AbstractValidator<HandleObjectionRequest>
{
    public HandleObjectionValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().MaximumLength(RegistryLimits.CommentMaxLength);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
    }
}

/// <summary>
/// Objections to an announced appointment: anyone lodges one while the window is open; the
/// reviewing regulator upholds it (the appointment is rejected) or dismisses it. A dismissal after
/// the window closed activates the appointment at once when no other objection waits.
/// </summary>
internal sealed class ObjectionsHandler(RegistryDbContext db, FilingReader reader, RegistryCaller caller, FilingActivation activation, TimeProvider clock)
{
    public async Task<Guid> LodgeAsync(Guid filingId, LodgeObjectionRequest request, CancellationToken cancellationToken)
    {
        // Announcements are public: whoever objects, signed in or not, reaches every announced filing.
        var filing = await db.Filings.IgnoreQueryFilters([QueryFilters.DataScope])
            .FirstOrDefaultAsync(f => f.Id == filingId && f.Status == FilingStatus.Announcing, cancellationToken)
            ?? throw new NotFoundException("Announcement", filingId);
        var now = clock.GetUtcNow();
        var objection = filing.LodgeObjection(Guid.CreateVersion7(now), request.Name.OrNull(), request.Contact.OrNull(), request.Text.Trim(), clock.Today(), now);
        await db.SaveStepAsync(cancellationToken);
        return objection.Id;
    }

    public async Task<FilingDto> HandleAsync(Guid filingId, Guid objectionId, HandleObjectionRequest request, CancellationToken cancellationToken)
    {
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == filingId, cancellationToken) ?? throw new NotFoundException("Filing", filingId);
        db.ExpectConcurrencyStamp(filing, request.ConcurrencyStamp);
        var now = clock.GetUtcNow();
        filing.HandleObjection(objectionId, request.Upheld, caller.Actor, now, request.Comment.Trim());
        await activation.ActivateIfDueAsync(filing, now, cancellationToken);
        await db.SaveStepAsync(cancellationToken);
        return await reader.GetAsync(filingId, cancellationToken);
    }
}
