using Cqo.Platform.Persistence;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Filings;

internal static class FilingSaves
{
    /// <summary>
    /// Saves a step. A parallel step on the same filing fails either on the stamp or, when its
    /// history row is written first, on that row's number: both mean someone else acted first (409).
    /// </summary>
    public static async Task SaveStepAsync(this RegistryDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new ConflictException(ErrorCodes.ConcurrencyConflict, new ErrorMessage("Error:ConcurrencyDetail"));
        }
    }
}
