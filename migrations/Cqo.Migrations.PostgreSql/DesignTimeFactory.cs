using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Cqo.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CqoMigrationsDbContext>
{
    public CqoMigrationsDbContext CreateDbContext(string[] args) => CqoMigrationsDbContext.Create(DatabaseProvider.PostgreSql, "Host=design-time;Database=cqo");
}
