using Cqo.IntegrationTests.Infrastructure;
using Npgsql;

namespace Cqo.IntegrationTests.Faults;

/// <summary>A test host of its own whose every database connection goes through a <see cref="TcpFaultProxy"/> the test can cut.</summary>
internal sealed class HostBehindProxy : IAsyncDisposable
{
    private HostBehindProxy(TcpFaultProxy database, CqoApp app) => (Database, App) = (database, app);

    public TcpFaultProxy Database { get; }

    public CqoApp App { get; }

    /// <summary>Starts the relay to the PostgreSQL server of <c>CQO_TEST_POSTGRES</c>, then a host on a fresh database behind it.</summary>
    public static async Task<HostBehindProxy> StartAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("CQO_TEST_POSTGRES"));
        var proxy = TcpFaultProxy.To(server.Host!, server.Port);
        var app = new CqoApp
        {
            RouteDatabase = connection => new NpgsqlConnectionStringBuilder(connection) { Host = "127.0.0.1", Port = proxy.Port }.ConnectionString,
        };
        await app.InitializeAsync();
        return new HostBehindProxy(proxy, app);
    }

    public async ValueTask DisposeAsync()
    {
        Database.Restore();
        await ((IAsyncLifetime)App).DisposeAsync();
        await Database.DisposeAsync();
    }
}
