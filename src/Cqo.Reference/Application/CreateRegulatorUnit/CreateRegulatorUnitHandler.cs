using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Domain;
using Cqo.Reference.Infrastructure;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Reference.Application.CreateRegulatorUnit;

internal sealed record CreateRegulatorUnitRequest(string Code, string NameZh, string NameEn, RegulatorUnitKind? Kind, string? DistrictCode)
    : IRegulatorUnitFields;

internal sealed class CreateRegulatorUnitValidator : RegulatorUnitFieldsValidator<CreateRegulatorUnitRequest>
{
    public CreateRegulatorUnitValidator(IStringLocalizer texts)
        : base(texts) =>
        RuleFor(x => x.Code).NotEmpty().MaximumLength(ReferenceLimits.UnitCodeMaxLength)
            .Matches("^[A-Z0-9-]+$").WithMessage(_ => texts["Reference:UnitCodeFormat"]);
}

internal sealed class CreateRegulatorUnitHandler(ReferenceDbContext db, TimeProvider clock)
{
    public async Task<RegulatorUnitDto> HandleAsync(CreateRegulatorUnitRequest request, CancellationToken cancellationToken)
    {
        if (await db.RegulatorUnits.IgnoreQueryFilters().AnyAsync(u => u.Code == request.Code, cancellationToken))
        {
            throw CodeTaken(request.Code);
        }

        await db.EnsureDistrictExistsAsync(request.DistrictCode, cancellationToken);
        var unit = new RegulatorUnit(Guid.CreateVersion7(clock.GetUtcNow()), request.Code, request.NameZh.Trim(), request.NameEn.Trim(), request.Kind!.Value, request.DistrictCode);
        db.RegulatorUnits.Add(unit);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw CodeTaken(request.Code); // a parallel request took the code after the check above
        }

        return unit.ToDto();
    }

    private static ConflictException CodeTaken(string code) =>
        new("reference.unit_code_taken", new ErrorMessage("Reference:UnitCodeTaken", code));
}
