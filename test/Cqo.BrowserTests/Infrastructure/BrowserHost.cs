using System.Collections;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Cqo.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cqo.BrowserTests.Infrastructure;

/// <summary>
/// The real host on a fresh SQLite file, listening on a free loopback port, and one headless Debian
/// Chromium driven by Playwright. One instance serves every test in the collection; each page gets its
/// own browser context, so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminPassword = "Admin@12345!";

    private static readonly string[] s_chromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("cqo-browser-").FullName;
    private CqoWebApplicationFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _baseUrl;

    /// <summary>The host's root address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("The host is not started yet.");

    /// <summary>The host's services (for arranging data behind the UI).</summary>
    public IServiceProvider Services => Factory.Services;

    /// <summary>Where failure screenshots and page HTML go: <c>artifacts/browser-failures/</c> at the repository root.</summary>
    public static string FailureFolder => Path.Combine(RepositoryRoot.Path, "artifacts", "browser-failures");

    private CqoWebApplicationFactory Factory => _factory ?? throw new InvalidOperationException("The host is not started yet.");

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started yet.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath}, which is missing: install it with 'apt-get install -y chromium'.");
        }

        var connectionString = $"Data Source={Path.Combine(_root, "cqo.db")};Pooling=False";
        _factory = new CqoWebApplicationFactory(connectionString);
        _factory.UseKestrel(0);
        _factory.StartServer();
        _baseUrl = FindListeningAddress(_factory.Services);

        // Playwright's driver and Chromium write caches and profiles under HOME by default; keep them here.
        var home = Directory.CreateDirectory(Path.Combine(_root, "home")).FullName;
        Environment.SetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH", Path.Combine(_root, "ms-playwright"));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = s_chromiumArgs,
            DownloadsPath = Path.Combine(_root, "downloads"),
            Env = BrowserEnvironment(home),
        });
    }

    /// <summary>
    /// A page in a fresh browser context (own cookies and storage) speaking <paramref name="locale"/>; without
    /// JavaScript when <paramref name="javaScriptEnabled"/> is false (the static public pages must work so).
    /// </summary>
    public async Task<IPage> NewPageAsync(string locale = "zh-CN", bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            Locale = locale,
            JavaScriptEnabled = javaScriptEnabled,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Runs <paramref name="test"/> on a new page; when it throws, saves a screenshot and the page's HTML
    /// to <see cref="FailureFolder"/> (named <c>&lt;TestFile&gt;.&lt;TestMethod&gt;-&lt;UTC time&gt;</c>) before rethrowing. The page's
    /// context is closed afterwards either way.
    /// </summary>
    public async Task RunAsync(
        Func<IPage, Task> test,
        string locale = "zh-CN",
        [CallerMemberName] string testName = "",
        [CallerFilePath] string testFile = "")
    {
        var page = await NewPageAsync(locale);
        try
        {
            await test(page);
        }
        catch (Exception failure)
        {
            await SaveFailureAsync(page, $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}", failure);
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A process that outlived the browser may still hold a file; the OS temp cleaner gets it.
        }
    }

    private static Uri FindListeningAddress(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server exposes no IServerAddressesFeature: is it Kestrel?");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The host listens on no http address (addresses: {string.Join(", ", addresses)}).");
        // Kestrel reports "http://127.0.0.1:<port>" (or "[::1]", or "localhost"); the browser reaches any of them.
        var uri = new Uri(address);
        if (uri.Port == 0)
        {
            throw new InvalidOperationException($"The host reports port 0 ({address}): the server has not bound yet.");
        }

        return new UriBuilder(uri) { Path = "/" }.Uri;
    }

    private static Dictionary<string, string> BrowserEnvironment(string home)
    {
        var environment = new Dictionary<string, string>();
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        environment["HOME"] = home;
        environment["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
        environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        return environment;
    }

    private static async Task SaveFailureAsync(IPage page, string testName, Exception failure)
    {
        try
        {
            Directory.CreateDirectory(FailureFolder);
            var stem = Path.Combine(FailureFolder, $"{Sanitize(testName)}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true, Timeout = 5_000 });
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
            await File.WriteAllTextAsync(stem + ".txt", $"{page.Url}{Environment.NewLine}{Environment.NewLine}{failure}");
        }
        catch (Exception saveFailure) when (saveFailure is PlaywrightException or IOException or TimeoutException)
        {
            // The page may be gone (crashed browser, closed context): the test's own failure matters more.
        }
    }

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string([.. name.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c)]);
    }

    private sealed class CqoWebApplicationFactory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // Outside Development, assets of referenced projects and packages (_content/...) are served
            // only from a publish folder; the browser needs them from the build output.
            builder.UseStaticWebAssets();
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Cqo", connectionString);
            builder.UseSetting("Database:MigrateOnStart", "true");
            builder.UseSetting("Database:SeedDemoData", "true");
            builder.UseSetting("Identity:AdminPassword", AdminPassword);
            // The tests arrange facts and read them at once.
            builder.UseSetting("Oversight:Figures:VersionsTrustedSeconds", "0");
            builder.ConfigureServices(services => TestLogFile.AddTo(services, TestLogFile.Browser));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
