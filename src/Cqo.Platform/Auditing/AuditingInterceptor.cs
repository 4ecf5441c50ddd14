using System.Text.Json;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cqo.Platform.Auditing;

/// <summary>
/// On every save: stamps creation/modification, renews concurrency stamps, turns deletes of
/// soft-deletable entities into updates, and adds one <see cref="EntityChange"/> per changed entity
/// to the same save, so a change and its trail commit or fail together.
/// </summary>
internal sealed class AuditingInterceptor(TimeProvider clock, IHttpContextAccessor http) : SaveChangesInterceptor
{
    private const string SecretMark = "***";

    private static readonly HashSet<string> s_bookkeeping =
    [
        nameof(IHasConcurrencyStamp.ConcurrencyStamp),
        nameof(IAudited.ModifiedAt),
        nameof(IAudited.ModifiedBy),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Audit(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Audit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Audit(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        var now = clock.GetUtcNow().ToStoragePrecision();
        var userId = (db as CqoDbContext)?.CurrentUser?.UserId;
        var correlationId = http.HttpContext?.TraceIdentifier;
        var softDeleted = KeepSoftDeletedRows(db, now, userId);
        TouchOwnersOfChangedParts(db);
        var entries = db.ChangeTracker.Entries().Where(IsAudited).ToList();

        foreach (var entry in entries)
        {
            var kind = softDeleted.Contains(entry.Entity) ? EntityChangeKind.Deleted : Stamp(entry, now, userId);
            var changes = DescribeChanges(entry, kind);
            if (kind == EntityChangeKind.Updated && changes.Count == 0)
            {
                continue; // only the stamp moved (an owner of a changed part, a serialized aggregate): nothing to tell
            }

            db.Add(new EntityChange(
                Guid.CreateVersion7(now), entry.Metadata.ClrType.Name, KeyOf(entry), kind, JsonSerializer.Serialize(changes, AuditJson.Options), now, userId, correlationId));
        }
    }

    /// <summary>
    /// Our own entities, the parts they own and framework entities we extend with
    /// <see cref="IAudited"/> (users, roles); never other framework rows (data-protection keys and
    /// tokens hold secrets) and never the trail itself.
    /// </summary>
    private static bool IsAudited(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is not IAuditIgnored
        && (entry.Entity is Entity or IAudited || entry.Metadata.IsOwned());

    /// <summary>
    /// Turns the removal of a soft-deletable entity into marking it deleted. EF has already cascaded
    /// the removal to the parts it owns; those are kept too, since the row stays.
    /// </summary>
    private static HashSet<object> KeepSoftDeletedRows(DbContext db, DateTimeOffset now, Guid? userId)
    {
        var kept = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Deleted && e.Entity is ISoftDelete).ToList())
        {
            entry.State = EntityState.Modified;
            var soft = (ISoftDelete)entry.Entity;
            soft.IsDeleted = true;
            soft.DeletedAt = now;
            soft.DeletedBy = userId;
            RenewStamp(entry);
            foreach (var part in OwnedParts(entry).Where(p => p.State == EntityState.Deleted))
            {
                part.State = EntityState.Unchanged;
            }

            kept.Add(entry.Entity);
        }

        return kept;
    }

    /// <summary>
    /// A change to an owned part (an award added or removed, a step recorded) is a change of its
    /// owner: the owner's stamp is renewed and checked, so a concurrent edit of the same aggregate
    /// gets 409, and the owner is saved as modified (which is what announces it, see <c>ChangeAnnouncingInterceptor</c>).
    /// </summary>
    private static void TouchOwnersOfChangedParts(DbContext db)
    {
        var owners = db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Unchanged && e.Entity is IHasConcurrencyStamp)
            .Where(e => OwnedParts(e).Any(p => p.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            .Concat(OwnersOfRemovedParts(db).Where(e => e.State == EntityState.Unchanged && e.Entity is IHasConcurrencyStamp))
            .ToList();
        foreach (var owner in owners)
        {
            owner.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).IsModified = true;
        }
    }

    /// <summary>
    /// The owners of parts removed from them. A removed part is no longer in its owner's collection,
    /// so <see cref="OwnedParts"/> cannot reach it: it is traced back by the owner's key it still
    /// holds, through any parts in between.
    /// </summary>
    private static List<EntityEntry> OwnersOfRemovedParts(DbContext db)
    {
        var removed = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Deleted && e.Metadata.IsOwned()).ToList();
        if (removed.Count == 0)
        {
            return [];
        }

        var tracked = new Dictionary<(IEntityType, string), EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            tracked.TryAdd((entry.Metadata, KeyOf(entry)), entry);
        }

        var owners = new List<EntityEntry>();
        foreach (var part in removed)
        {
            var entry = part;
            while (entry is not null && entry.Metadata.IsOwned())
            {
                var ownership = entry.Metadata.FindOwnership()!;
                var ownerKey = string.Join(",", ownership.Properties.Select(p => entry.Property(p.Name).OriginalValue));
                entry = tracked.GetValueOrDefault((ownership.PrincipalEntityType, ownerKey));
            }

            if (entry is not null)
            {
                owners.Add(entry);
            }
        }

        return owners;
    }

    /// <summary>Everything the entity owns, at any depth (owned parts may own parts).</summary>
    private static IEnumerable<EntityEntry> OwnedParts(EntityEntry owner) =>
        owner.Navigations
            .Where(n => n.Metadata.TargetEntityType.IsOwned())
            .SelectMany(n => n switch
            {
                CollectionEntry collection => collection.CurrentValue?.Cast<object>() ?? [],
                ReferenceEntry { CurrentValue: { } part } => [part],
                _ => [],
            })
            .Select(owner.Context.Entry)
            .SelectMany(part => OwnedParts(part).Prepend(part));

    private static EntityChangeKind Stamp(EntityEntry entry, DateTimeOffset now, Guid? userId)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                if (entry.Entity is IAudited created)
                {
                    created.CreatedAt = now;
                    created.CreatedBy = userId;
                }

                return EntityChangeKind.Created;
            case EntityState.Modified:
                if (entry.Entity is IAudited modified)
                {
                    modified.ModifiedAt = now;
                    modified.ModifiedBy = userId;
                }

                RenewStamp(entry);
                return EntityChangeKind.Updated;
            default:
                return EntityChangeKind.Deleted;
        }
    }

    private static void RenewStamp(EntityEntry entry)
    {
        if (entry.Entity is IHasConcurrencyStamp stamped)
        {
            stamped.ConcurrencyStamp = Guid.NewGuid();
        }
    }

    private static Dictionary<string, object?[]> DescribeChanges(EntityEntry entry, EntityChangeKind kind) =>
        entry.Properties
            .Where(p => !s_bookkeeping.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey())
            .Where(p => kind != EntityChangeKind.Updated || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
            .ToDictionary(
                p => p.Metadata.Name,
                p => p.Metadata.IsSecretInAuditTrail()
                    ? [SecretMark, SecretMark]
                    : kind switch
                    {
                        EntityChangeKind.Created => [null, p.CurrentValue],
                        EntityChangeKind.Deleted => [p.OriginalValue, null],
                        _ => new[] { p.OriginalValue, p.CurrentValue },
                    });

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
}
