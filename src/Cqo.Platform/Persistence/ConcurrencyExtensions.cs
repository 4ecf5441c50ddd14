using Cqo.SharedKernel.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Persistence;

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Makes the next save succeed only if the row still carries the stamp the client last read;
    /// otherwise the save fails and the client gets 409.
    /// </summary>
    public static void ExpectConcurrencyStamp<TEntity>(this DbContext db, TEntity entity, Guid stampReadByClient)
        where TEntity : class, IHasConcurrencyStamp =>
        db.Entry(entity).Property(e => e.ConcurrencyStamp).OriginalValue = stampReadByClient;
}
