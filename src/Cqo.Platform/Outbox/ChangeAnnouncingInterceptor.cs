using Cqo.Platform.Auditing;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cqo.Platform.Outbox;

/// <summary>
/// On every save, publishes the change event of each record other modules keep a copy of
/// (<see cref="IAnnouncesChanges"/>) that the save adds, changes or deletes, once per record, into the
/// outbox of the same save: the copy can never miss a change a use case forgot to announce, nor hear
/// of one that rolled back. It runs after <see cref="AuditingInterceptor"/>, which marks the owner of a
/// changed part modified (an award added, an attendance mark taken), so such a change is announced
/// too, and which has already turned a soft delete into a modification.
/// </summary>
internal sealed class ChangeAnnouncingInterceptor : SaveChangesInterceptor
{
    /// <summary>It keeps no state: one instance serves every context.</summary>
    public static ChangeAnnouncingInterceptor Instance { get; } = new();

    private ChangeAnnouncingInterceptor() { }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Announce(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Announce(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Announce(DbContext? db)
    {
        if (db is not CqoDbContext context)
        {
            return;
        }

        // Listed before publishing, which adds outbox messages to the tracker being read.
        var changed = context.ChangeTracker.Entries<IAnnouncesChanges>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity)
            .ToList();
        foreach (var record in changed)
        {
            record.AnnounceChange(context);
        }
    }
}
