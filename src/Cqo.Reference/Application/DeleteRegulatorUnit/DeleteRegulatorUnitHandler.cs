using Cqo.Platform.Persistence;
using Cqo.Reference.Infrastructure;
using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Reference.Application.DeleteRegulatorUnit;

/// <summary>Removes (soft-deletes) a unit, if it still carries the stamp the client confirmed against.</summary>
internal sealed class DeleteRegulatorUnitHandler(ReferenceDbContext db)
{
    public async Task HandleAsync(Guid id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var unit = await db.RegulatorUnits.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new NotFoundException("RegulatorUnit", id);
        db.ExpectConcurrencyStamp(unit, concurrencyStamp);
        db.RegulatorUnits.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
    }
}
