using Cqo.Migrations;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cqo.UnitTests.Migrations;

/// <summary>The schema in code and the three providers' migrations never drift apart.</summary>
public sealed class MigrationTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.SqlServer, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_provider_has_a_migration_for_every_model_change(DatabaseProvider provider)
    {
        using var db = Create(provider);

        db.Database.HasPendingModelChanges().ShouldBeFalse($"run: dotnet pwsh ./build.ps1 migrations-add -Name <Change> ({provider} has pending model changes)");
    }

    [Fact]
    public void The_providers_have_the_same_migrations()
    {
        string[] Names(DatabaseProvider provider)
        {
            using var db = Create(provider);
            return [.. db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..])];
        }

        Names(DatabaseProvider.SqlServer).ShouldBe(Names(DatabaseProvider.Sqlite));
        Names(DatabaseProvider.PostgreSql).ShouldBe(Names(DatabaseProvider.Sqlite));
    }

    /// <summary>
    /// EF names keys and indexes by table name whatever the schema, so a second module's table of the same
    /// name makes it rename the first module's keys: a migration that drops and re-adds another module's
    /// primary key (oversight's first draft did, with registry's Filings).
    /// </summary>
    [Fact]
    public void No_two_modules_name_a_table_alike()
    {
        using var db = Create(DatabaseProvider.PostgreSql);

        var clashes = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned())
            .GroupBy(e => e.GetTableName(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(e => e.GetSchema()).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.GetSchema()).Distinct())}");

        clashes.ShouldBeEmpty();
    }

    [Fact]
    public void The_SQL_Server_idempotent_script_is_valid_T_SQL()
    {
        using var db = Create(DatabaseProvider.SqlServer);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        script.ShouldContain("CREATE TABLE [reference].[RegulatorUnits]");
        TSqlScript.Errors(script).ShouldBeEmpty();
    }

    [Fact]
    public void The_script_check_catches_a_broken_script()
    {
        TSqlScript.Errors("CREATE TABLE [reference].[Broken] ([Id] int NOT NULL,, [Name] nvarchar(10));\nGO\n").ShouldNotBeEmpty();
    }

    private static CqoMigrationsDbContext Create(DatabaseProvider provider) => CqoMigrationsDbContext.Create(provider, provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.SqlServer => "Server=unused;Database=cqo;TrustServerCertificate=true",
        _ => "Host=unused;Database=cqo",
    });
}
