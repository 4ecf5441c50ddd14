using System.Security.Cryptography;
using Npgsql;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// A fresh database <c>cqo_bench_&lt;random&gt;</c> on the server named by <see cref="ServerVariable"/>, dropped on
/// dispose (unless kept), so a run never measures a previous run's data and leaves nothing behind.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    /// <summary>A connection string to the server (any database; a role that may create databases). build.ps1 sets it.</summary>
    public const string ServerVariable = "CQO_BENCH_POSTGRES";

    private readonly string _serverConnectionString;
    private readonly bool _keep;
    private readonly TextWriter _log;

    private BenchDatabase(string serverConnectionString, string name, bool keep, TextWriter log)
    {
        _serverConnectionString = serverConnectionString;
        _keep = keep;
        _log = log;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>For the generator and the query plans; the host and the bare app open their own pools.</summary>
    public NpgsqlDataSource DataSource { get; }

    public static async Task<BenchDatabase> CreateAsync(string serverConnectionString, bool keep, TextWriter log, CancellationToken cancellationToken)
    {
        var name = $"cqo_bench_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        await ExecuteAsync(serverConnectionString, $"CREATE DATABASE \"{name}\"", cancellationToken);
        log.WriteLine($"  created database {name}");
        return new BenchDatabase(serverConnectionString, name, keep, log);
    }

    /// <summary>Whether the server answers at all: a connection string that leads nowhere skips the section rather than failing the report.</summary>
    public static async Task<string?> ProbeAsync(string serverConnectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(serverConnectionString);
            await connection.OpenAsync(cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException)
        {
            return ex.Message;
        }
    }

    public async Task<string> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Drops the database (FORCE ends the sessions of a host that was killed a moment ago); never throws.</summary>
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_keep)
        {
            _log.WriteLine($"  kept database {Name} (--keep-database): drop it with DROP DATABASE \"{Name}\"");
            return;
        }

        try
        {
            await ExecuteAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);
            _log.WriteLine($"  dropped database {Name}");
        }
        catch (NpgsqlException ex)
        {
            _log.WriteLine($"  WARNING: could not drop database {Name}: {ex.Message}");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
