using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Cqo.IntegrationTests.Platform;
using Cqo.SharedKernel.Security;
using Cqo.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>
/// The real host on a fresh database of the configured provider, schema built by the migrations
/// and seeded at start, exactly as on first run. One instance serves every test in the collection.
/// </summary>
public sealed class CqoApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;
    private TestDatabase? _database;
    private SmtpSink? _mail;

    public CqoApp()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>
    /// A host with <paramref name="settings"/> over the test defaults (a web-only host: <c>Jobs:Server=false</c>)
    /// and, where given, <paramref name="services"/> of a collection's own (test sources, handlers).
    /// </summary>
    internal CqoApp(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null) => (_settings, _services) = (settings, services);

    /// <summary>How the host reaches its database, where a test puts something between them (a <see cref="TcpFaultProxy"/>).</summary>
    internal Func<string, string> RouteDatabase { get; init; } = connectionString => connectionString;

    internal TestDatabase Database => _database ?? throw new InvalidOperationException("The test database is not created yet.");

    /// <summary>
    /// The host's clock: fixed at a known instant so tests can assert stored times; tests that need
    /// time to pass advance it.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 16, 1, 30, 0, TimeSpan.Zero));

    public const string AdminPassword = "Admin@2026test";

    public const string SpaRedirectUri = "http://localhost/spa/callback";

    /// <summary>Every log event the host has written.</summary>
    public CollectingLogSink Logs { get; } = new();

    /// <summary>The mail server the host sends to: a real SMTP server on loopback.</summary>
    public SmtpSink Mail => _mail ?? throw new InvalidOperationException("The mail sink is not started yet.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _mail = await SmtpSink.StartAsync();
        _ = Server; // start the host now, so migrations run once, before the first test
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _mail?.Dispose();
    }

    /// <summary>A client signed in as <paramref name="userId"/> holding <paramref name="permissions"/>.</summary>
    public HttpClient CreateClientAs(Guid userId, params string[] permissions)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.UserHeader, userId.ToString());
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.PermissionsHeader, string.Join(',', permissions));
        return client;
    }

    public HttpClient CreateClient(string acceptLanguage)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Cqo", RouteDatabase(Database.ConnectionString));
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Jobs:QueuePollSeconds", "1");
        builder.UseSetting("Identity:AdminPassword", AdminPassword);
        builder.UseSetting("Identity:RequireHttps", "false");
        builder.UseSetting("Identity:SpaRedirectUris:0", SpaRedirectUri);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.UseSetting("Notifications:BaseUrl", "http://localhost");
        builder.UseSetting("Notifications:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Notifications:Smtp:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Notifications:Smtp:Security", "None");
        builder.UseSetting("Notifications:Smtp:TimeoutSeconds", "5");
        builder.UseSetting("Notifications:RestrictWebhookHosts", "false");
        // Figures see a change to their facts at once (FigureCacheTests checks the trusted interval itself).
        builder.UseSetting("Oversight:Figures:VersionsTrustedSeconds", "0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
            TestLogFile.AddTo(services, TestLogFile.Integration);
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, _ => { });
            // Requests carrying the test header sign in through it; all others as in production.
            services.PostConfigure<PolicySchemeOptions>("cqo", o =>
            {
                var production = o.ForwardDefaultSelector!;
                o.ForwardDefaultSelector = c => c.Request.Headers.ContainsKey(TestAuthenticationHandler.UserHeader)
                    ? TestAuthenticationHandler.SchemeName
                    : production(c);
            });
            services.AddScoped<IPermissionChecker, TestPermissionChecker>();
            services.AddOutboxTestHandlers();
            _services?.Invoke(services);
        });
    }
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<CqoApp>
{
    public const string Name = "host";
}
