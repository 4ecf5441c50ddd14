using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.People;

/// <summary>Why the caller needs the full number; kept with the record of the reveal.</summary>
internal sealed record RevealIdNumberRequest(string Reason);

internal sealed class RevealIdNumberValidator : AbstractValidator<RevealIdNumberRequest>
{
    public RevealIdNumberValidator() =>
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(RegistryLimits.ReasonMaxLength);
}

/// <summary>The full ID number, for holders of the reveal permission; every reveal is recorded first.</summary>
internal sealed record RevealedIdNumberDto(Guid PersonId, string IdNumber);

internal sealed class RevealIdNumberHandler(RegistryDbContext db, IdNumbers idNumbers, RegistryCaller caller, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<RevealedIdNumberDto> HandleAsync(Guid personId, RevealIdNumberRequest request, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new NotFoundException("Person", personId);
        var actor = caller.Actor;
        db.IdNumberReveals.Add(new IdNumberReveal(
            Guid.CreateVersion7(clock.GetUtcNow()), personId, actor.UserId, actor.Name, request.Reason.Trim(), clock.GetUtcNow(), http.HttpContext?.TraceIdentifier));
        // On the audit trail too, from the page as from the API: the reveal log above is the registry's own record.
        db.RecordView("Person", personId.ToString(), new Dictionary<string, object?> { ["Reason"] = request.Reason.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return new RevealedIdNumberDto(personId, idNumbers.Reveal(person));
    }
}
