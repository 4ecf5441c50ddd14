namespace Cqo.Platform.Persistence;

/// <summary>SQLite is the embedded default; SQL Server and PostgreSQL are the production databases.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
