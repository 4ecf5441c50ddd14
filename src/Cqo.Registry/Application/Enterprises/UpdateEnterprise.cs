using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Enterprises;

/// <summary>The USCC never changes; <see cref="ConcurrencyStamp"/> is the one the client last read.</summary>
internal sealed record UpdateEnterpriseRequest(
    string Name,
    string? Address,
    string DistrictCode,
    string? RegulatorUnitCode,
    string IndustryDivisionCode,
    EnterpriseScale? Scale,
    bool AboveDesignatedSize,
    bool Specialised,
    IReadOnlyList<QualityAwardDto>? Awards,
    Guid ConcurrencyStamp) : IEnterpriseFields;

internal sealed class UpdateEnterpriseValidator : EnterpriseFieldsValidator<UpdateEnterpriseRequest>
{
    public UpdateEnterpriseValidator(TimeProvider clock)
        : base(clock) =>
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
}

/// <summary>
/// Edits an enterprise. Moving it to another regulator unit moves its people and filings too, so
/// that the new unit sees them and the old one no longer does.
/// </summary>
internal sealed class UpdateEnterpriseHandler(RegistryDbContext db, IReferenceDataQueries reference, RegistryCaller caller)
{
    public async Task<EnterpriseDto> HandleAsync(Guid id, UpdateEnterpriseRequest request, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException("Enterprise", id);
        var codes = await ReferenceCodes.LoadAsync(reference, cancellationToken);
        var unit = codes.Place(request.DistrictCode.Trim(), request.RegulatorUnitCode, request.IndustryDivisionCode.Trim());
        caller.EnsureMayRegister(id, unit);
        db.ExpectConcurrencyStamp(enterprise, request.ConcurrencyStamp);
        var moved = enterprise.JurisdictionCode != unit;
        if (moved || enterprise.DistrictCode != request.DistrictCode.Trim())
        {
            caller.EnsureIsRegulator();
        }

        enterprise.Update(request.ToProfile(unit));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (moved)
        {
            await db.People.IgnoreQueryFilters([QueryFilters.DataScope]).Where(p => p.EnterpriseId == id)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.JurisdictionCode, unit), cancellationToken);
            var filings = db.Filings.IgnoreQueryFilters([QueryFilters.DataScope]).Where(f => f.EnterpriseId == id);
            await filings.ExecuteUpdateAsync(f => f.SetProperty(x => x.JurisdictionCode, unit), cancellationToken);

            // A bulk update saves no filing, so none announces itself: those who copy a filing's
            // jurisdiction hear of the move here, in the same transaction.
            foreach (var filingId in await filings.Select(f => f.Id).ToListAsync(cancellationToken))
            {
                db.Publish(new FilingChanged(filingId));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return enterprise.ToDto();
    }
}
