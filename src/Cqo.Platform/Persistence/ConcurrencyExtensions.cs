using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Persistence;

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Makes the next save succeed only if the row still carries the stamp the client last read;
    /// otherwise the client gets 409. A row already loaded with another stamp fails at once, before
    /// any rule is applied to a state the client has not seen; one changed after loading fails on save.
    /// </summary>
    public static void ExpectConcurrencyStamp<TEntity>(this DbContext db, TEntity entity, Guid stampReadByClient)
        where TEntity : class, IHasConcurrencyStamp
    {
        if (entity.ConcurrencyStamp != stampReadByClient)
        {
            throw new ConflictException(ErrorCodes.ConcurrencyConflict, new ErrorMessage("Error:ConcurrencyDetail"));
        }

        db.Entry(entity).Property(e => e.ConcurrencyStamp).OriginalValue = stampReadByClient;
    }

    /// <summary>
    /// Makes this save also renew the stamp of the row <paramref name="ownerId"/> names, so that two changes that each
    /// checked the owner's other rows first (two submissions of an enterprise's filings, two bookings
    /// of a provider's trainers) cannot both commit: the second gets 409. Call it before those checks
    /// read anything: the stamp must be read first, or a change committed between the checks and
    /// this read would go unnoticed.
    /// </summary>
    public static async Task SerializeChangesOfAsync<TEntity>(this DbSet<TEntity> owners, Guid ownerId, CancellationToken cancellationToken)
        where TEntity : Entity, IHasConcurrencyStamp
    {
        var owner = await owners.FirstAsync(o => o.Id == ownerId, cancellationToken);
        owners.Entry(owner).Property(o => o.ConcurrencyStamp).IsModified = true;
    }
}
