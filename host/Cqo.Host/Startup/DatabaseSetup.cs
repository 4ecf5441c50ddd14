using Cqo.Migrations;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Seeding;
using Microsoft.Extensions.Options;

namespace Cqo.Host.Startup;

internal static class DatabaseSetup
{
    /// <summary>With SQLite and no connection string, the database is a file in the data folder.</summary>
    public static IServiceCollection UseEmbeddedDatabaseByDefault(this IServiceCollection services, IHostEnvironment environment) =>
        services.PostConfigure<DatabaseOptions>(o =>
        {
            if (o.Provider != DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.ConnectionString))
            {
                return;
            }

            var folder = Path.GetFullPath(o.DataFolder, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            o.ConnectionString = $"Data Source={Path.Combine(folder, "cqo.db")}";
        });

    public static IServiceCollection AddCqoMigrations(this IServiceCollection services) =>
        services.AddSingleton<DatabaseInitializer>();

    /// <summary>
    /// Migrates and seeds at start when configured (the embedded default). Production databases are
    /// migrated by Cqo.DbMigrator before hosts start, so several hosts never race to migrate.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStart)
        {
            await app.Services.GetRequiredService<DatabaseInitializer>()
                .InitializeAsync(new SeedContext(options.SeedDemoData), app.Lifetime.ApplicationStopping);
        }
    }
}
