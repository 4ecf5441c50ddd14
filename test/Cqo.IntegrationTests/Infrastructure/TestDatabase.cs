using Cqo.Platform.Persistence;
using Npgsql;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test host, on the provider named by <c>CQO_TEST_PROVIDER</c>
/// (Sqlite by default). PostgreSQL needs <c>CQO_TEST_POSTGRES</c>, which build.ps1 sets; without it
/// the PostgreSQL run fails rather than silently testing nothing.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static DatabaseProvider ConfiguredProvider =>
        Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("CQO_TEST_PROVIDER") ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);

    public static async Task<TestDatabase> CreateAsync()
    {
        if (ConfiguredProvider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("cqo-it-").FullName;
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "cqo.db")};Pooling=False", folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable("CQO_TEST_POSTGRES")
            ?? throw new InvalidOperationException("CQO_TEST_PROVIDER=PostgreSql needs CQO_TEST_POSTGRES (a connection string of a user who may create databases); build.ps1 test sets it.");
        var name = $"cqo_it_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseProvider.PostgreSql, connection, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_postgresAdmin, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
        }

        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
