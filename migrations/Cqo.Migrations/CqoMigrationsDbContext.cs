using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Migrations;

/// <summary>
/// Every module's tables in one model, used only to create and apply migrations. Each provider's
/// migrations live in their own assembly, <c>Cqo.Migrations.{Provider}</c>.
/// </summary>
public sealed class CqoMigrationsDbContext(DbContextOptions<CqoMigrationsDbContext> options) : CqoDbContext(options)
{
    public static CqoMigrationsDbContext Create(DatabaseProvider provider, string connectionString) =>
        new(new DbContextOptionsBuilder<CqoMigrationsDbContext>().UseCqoMigrations(provider, connectionString).Options);

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigurePlatform();
        foreach (var module in CqoModules.All)
        {
            module.ConfigureModel(modelBuilder);
        }
    }
}

public static class MigrationsDbContextOptionsExtensions
{
    public static DbContextOptionsBuilder<CqoMigrationsDbContext> UseCqoMigrations(
        this DbContextOptionsBuilder<CqoMigrationsDbContext> options, DatabaseProvider provider, string connectionString)
    {
        options.UseCqoDatabase(provider, connectionString, $"Cqo.Migrations.{provider}");
        return options;
    }
}
