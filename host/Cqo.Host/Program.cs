using System.Text.Encodings.Web;
using System.Text.Unicode;
using Cqo.Migrations;
using Cqo.Host.Components;
using Cqo.Host.Components.Account;
using Cqo.Host.Components.Certification;
using Cqo.Host.Components.Notifications;
using Cqo.Host.Components.Oversight;
using Cqo.Host.Components.Registry;
using Cqo.Host.Components.Training;
using Cqo.Host.Jobs;
using Cqo.Host.Startup;
using Cqo.Platform;
using Cqo.Platform.Localization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
// The logger belongs to this host, not to the static Log class, so several hosts in one process
// (tests, benchmarks) keep their own sinks.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
    preserveStaticLogger: true);

builder.Services.AddCqoPlatform(builder.Configuration);
builder.Services.UseEmbeddedDatabaseByDefault(builder.Environment);
foreach (var module in CqoModules.All)
{
    module.AddServices(builder.Services, builder.Configuration);
}

builder.Services.AddCqoMigrations();
builder.Services.AddCqoJobs(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
// The antiforgery cookie's default policy never asks for TLS: over HTTPS it must not be sent in clear
// either (plain HTTP, as in development, still works).
builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
// Pages are mostly Chinese: sent as characters, not one numeric entity per character.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
// Messages at the bottom: at the top right they covered the page's own header buttons.
builder.Services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<AuthenticationStateProvider, SecurityStampRevalidator>();
builder.Services.AddScoped<CircuitHandler, CircuitUserHandler>();
// One per circuit: the inbox page tells the header's bell to count again.
builder.Services.AddScoped<InboxCount>();
builder.Services.AddSingleton(new LocalizationResource(typeof(Program).Assembly));

var app = builder.Build();

await app.InitializeDatabaseAsync();

app.UseCqoRequestLogging();
app.UseCqoPlatform();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapCqoHealthChecks();
app.MapOpenApi();
app.MapScalarApiReference();
app.UseCqoJobsDashboard();
foreach (var module in CqoModules.All)
{
    module.MapEndpoints(app);
}

app.MapStaticAssets();
app.MapCultureEndpoint();
app.MapAccountEndpoints();
app.MapRegistryUiEndpoints();
app.MapTrainingUiEndpoints();
app.MapCertificationUiEndpoints();
app.MapOversightUiEndpoints();
app.MapImportDownloads();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.ScheduleRecurringJobs();
app.PrintBannerOnStart();

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
