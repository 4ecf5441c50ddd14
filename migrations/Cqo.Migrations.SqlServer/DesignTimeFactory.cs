using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Cqo.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQL Server model without a server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CqoMigrationsDbContext>
{
    public CqoMigrationsDbContext CreateDbContext(string[] args) => CqoMigrationsDbContext.Create(DatabaseProvider.SqlServer, "Server=design-time;Database=cqo;Integrated Security=true;TrustServerCertificate=true");
}
