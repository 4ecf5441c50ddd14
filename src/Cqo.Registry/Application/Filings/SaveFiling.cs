using Cqo.Platform.Persistence;
using Cqo.Registry.Application.Enterprises;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Filings;

/// <summary><see cref="EnterpriseId"/> may be left out by an enterprise's own accounts.</summary>
internal sealed record CreateFilingRequest(
    Guid? EnterpriseId,
    Guid PersonId,
    AppointingBody? AppointedBy,
    DateOnly? AppointmentDate,
    DateOnly? TermEnd,
    string? TrainingCertificateNumber,
    string? WaiverReason,
    IReadOnlyList<string>? Declarations,
    Guid? ReplacesFilingId) : IFilingFields;

internal sealed class CreateFilingValidator : FilingFieldsValidator<CreateFilingRequest>;

internal sealed record UpdateFilingRequest(
    Guid PersonId,
    AppointingBody? AppointedBy,
    DateOnly? AppointmentDate,
    DateOnly? TermEnd,
    string? TrainingCertificateNumber,
    string? WaiverReason,
    IReadOnlyList<string>? Declarations,
    Guid? ReplacesFilingId,
    Guid ConcurrencyStamp) : IFilingFields;

internal sealed class UpdateFilingValidator : FilingFieldsValidator<UpdateFilingRequest>
{
    public UpdateFilingValidator() => RuleFor(x => x.ConcurrencyStamp).NotEmpty();
}

/// <summary>Drafts a filing for an enterprise the caller sees, and edits it while it is a draft or returned.</summary>
internal sealed class SaveFilingHandler(RegistryDbContext db, RegistryCaller caller, FilingReader reader, TimeProvider clock)
{
    public async Task<FilingDto> CreateAsync(CreateFilingRequest request, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.ForNewRecordAsync(request.EnterpriseId, caller.Scope, cancellationToken);
        var enterpriseId = enterprise.Id;
        await EnsurePersonOfAsync(enterpriseId, request.PersonId, cancellationToken);
        var now = clock.GetUtcNow();
        var filing = new Filing(Guid.CreateVersion7(now), enterpriseId, enterprise.JurisdictionCode!, request.ToDetails(), caller.Actor, now);
        db.Filings.Add(filing);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(filing.Id, cancellationToken);
    }

    public async Task<FilingDto> UpdateAsync(Guid id, UpdateFilingRequest request, CancellationToken cancellationToken)
    {
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw new NotFoundException("Filing", id);
        await EnsurePersonOfAsync(filing.EnterpriseId, request.PersonId, cancellationToken);
        db.ExpectConcurrencyStamp(filing, request.ConcurrencyStamp);
        filing.Edit(request.ToDetails(), caller.Actor, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(id, cancellationToken);
    }

    private async Task EnsurePersonOfAsync(Guid enterpriseId, Guid personId, CancellationToken cancellationToken)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId && p.EnterpriseId == enterpriseId, cancellationToken))
        {
            throw new FieldValidationException("personId", new ErrorMessage("Registry:PersonNotOfEnterprise"));
        }
    }
}

internal static class FilingRequestExtensions
{
    public static FilingDetails ToDetails(this IFilingFields request) => new(
        request.PersonId,
        request.AppointedBy!.Value,
        request.AppointmentDate!.Value,
        request.TermEnd,
        request.TrainingCertificateNumber.OrNull()?.ToUpperInvariant(),
        request.WaiverReason.OrNull(),
        [.. (request.Declarations ?? []).Select(d => d.Trim()).Distinct(StringComparer.Ordinal)],
        request.ReplacesFilingId);
}
