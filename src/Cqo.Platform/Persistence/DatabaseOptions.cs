namespace Cqo.Platform.Persistence;

/// <summary>The <c>Database</c> configuration section plus <c>ConnectionStrings:Cqo</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Cqo";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "";

    /// <summary>Apply migrations and seed at start; on for the embedded database, off where the migrator runs.</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Add demo data when seeding (the embedded start).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Where the embedded SQLite file lives when no connection string is given.</summary>
    public string DataFolder { get; set; } = "data";
}
