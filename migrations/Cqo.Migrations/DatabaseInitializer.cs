using Cqo.Platform.Persistence;
using Cqo.Platform.Seeding;
using Cqo.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Migrations;

/// <summary>Brings a database to the latest schema, then runs the idempotent seed contributors.</summary>
public sealed class DatabaseInitializer(IServiceProvider services, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(SeedContext seed, CancellationToken cancellationToken)
    {
        var database = options.Value;
        await using (var db = CqoMigrationsDbContext.Create(database.Provider, database.ConnectionString))
        {
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // Readers do not wait for the writer; the setting is stored in the file.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            logger.LogInformation("Applying {Count} migration(s) on {Provider}", pending.Count, database.Provider);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(seed, cancellationToken);
    }
}
