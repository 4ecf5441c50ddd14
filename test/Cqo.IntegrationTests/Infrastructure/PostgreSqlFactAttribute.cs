using Cqo.Platform.Persistence;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>A test of several hosts sharing one database server: it runs in the PostgreSQL pass only.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestDatabase.ConfiguredProvider != DatabaseProvider.PostgreSql)
        {
            Skip = "Runs in the PostgreSQL pass: several host processes share one database server.";
        }
    }
}
