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
}
