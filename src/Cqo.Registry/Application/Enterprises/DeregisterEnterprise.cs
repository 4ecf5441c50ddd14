using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Enterprises;

/// <summary>
/// Deregisters an enterprise (注销), which only a regulator does. Its active appointment ends with
/// the reason "enterprise deregistered" and its open filings close; its records stay, since history
/// points at them.
/// </summary>
internal sealed class DeregisterEnterpriseHandler(RegistryDbContext db, RegistryCaller caller, TimeProvider clock)
{
    public async Task<EnterpriseDto> HandleAsync(Guid id, Guid concurrencyStamp, string? comment, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException("Enterprise", id);
        if (enterprise.Status == EnterpriseStatus.Deregistered)
        {
            throw new ConflictException("registry.enterprise_deregistered", new ErrorMessage("Registry:EnterpriseDeregistered", enterprise.Name));
        }

        caller.EnsureIsRegulator();
        db.ExpectConcurrencyStamp(enterprise, concurrencyStamp);
        var now = clock.GetUtcNow();
        enterprise.Deregister(now);
        FilingStatus[] closed = [FilingStatus.Ended, FilingStatus.Revoked, FilingStatus.Rejected, FilingStatus.Withdrawn];
        var open = await db.Filings.Where(f => f.EnterpriseId == id && !closed.Contains(f.Status)).ToListAsync(cancellationToken);
        foreach (var filing in open)
        {
            filing.CloseForDeregistration(caller.Actor, clock.Today(), now, comment);
        }

        await db.SaveChangesAsync(cancellationToken);
        return enterprise.ToDto();
    }
}

internal sealed record DeregisterEnterpriseRequest(string? Comment, Guid ConcurrencyStamp);

internal sealed class DeregisterEnterpriseValidator : AbstractValidator<DeregisterEnterpriseRequest>
{
    public DeregisterEnterpriseValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(RegistryLimits.CommentMaxLength);
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
    }
}
