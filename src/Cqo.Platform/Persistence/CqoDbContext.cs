using Cqo.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Persistence;

/// <summary>
/// Base of every module's context and of the migration context. It adds the entity-change trail
/// (so changes and their audit rows commit together) and the shared conventions: soft-delete
/// filters, concurrency stamps, and on SQLite, schema as a table prefix and sortable times.
/// </summary>
public abstract class CqoDbContext(DbContextOptions options) : DbContext(options)
{
    internal DbSet<EntityChange> EntityChanges => Set<EntityChange>();

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        modelBuilder.ConfigureEntityChanges();
        modelBuilder.ApplyCqoConventions(Database.IsSqlite());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite keeps DateTimeOffset as text it cannot compare or order; as UTC ticks it can,
            // exactly. Only UTC is ever stored, so the offset need not be kept.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
