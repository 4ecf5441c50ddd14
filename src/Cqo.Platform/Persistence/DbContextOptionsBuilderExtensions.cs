using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Cqo.Platform.Persistence;

public static class DbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Points a context at the configured provider. <paramref name="migrationsAssembly"/> is set only
    /// for the migration context: module contexts never migrate.
    /// </summary>
    public static DbContextOptionsBuilder UseCqoDatabase(
        this DbContextOptionsBuilder options,
        DatabaseProvider provider,
        string connectionString,
        string? migrationsAssembly = null)
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(migrationsAssembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrationsAssembly)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };

        // Contexts of one type may run on different providers in one process (tests, the
        // pending-changes check), so the cached model must be per provider.
        return options.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
    }
}
