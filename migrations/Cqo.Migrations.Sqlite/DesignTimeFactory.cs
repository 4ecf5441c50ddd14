using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Cqo.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without a database.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CqoMigrationsDbContext>
{
    public CqoMigrationsDbContext CreateDbContext(string[] args) => CqoMigrationsDbContext.Create(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}
