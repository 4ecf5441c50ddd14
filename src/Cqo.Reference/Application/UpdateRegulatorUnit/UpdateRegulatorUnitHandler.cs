using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Infrastructure;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Reference.Application.UpdateRegulatorUnit;

/// <summary>The code never changes; <see cref="ConcurrencyStamp"/> is the one the client last read.</summary>
internal sealed record UpdateRegulatorUnitRequest(string NameZh, string NameEn, RegulatorUnitKind? Kind, string? DistrictCode, Guid ConcurrencyStamp)
    : IRegulatorUnitFields;

internal sealed class UpdateRegulatorUnitValidator : RegulatorUnitFieldsValidator<UpdateRegulatorUnitRequest>
{
    public UpdateRegulatorUnitValidator(IStringLocalizer texts)
        : base(texts) =>
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
}

internal sealed class UpdateRegulatorUnitHandler(ReferenceDbContext db)
{
    public async Task<RegulatorUnitDto> HandleAsync(Guid id, UpdateRegulatorUnitRequest request, CancellationToken cancellationToken)
    {
        var unit = await db.RegulatorUnits.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new NotFoundException("RegulatorUnit", id);
        await db.EnsureDistrictExistsAsync(request.DistrictCode, cancellationToken);
        db.ExpectConcurrencyStamp(unit, request.ConcurrencyStamp);
        unit.Rename(request.NameZh.Trim(), request.NameEn.Trim());
        unit.Place(request.Kind!.Value, request.DistrictCode);
        await db.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }
}
