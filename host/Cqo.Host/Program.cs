using Cqo.Migrations;
using Cqo.Host.Components;
using Cqo.Host.Jobs;
using Cqo.Host.Startup;
using Cqo.Platform;
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
builder.Services.AddCqoAuthentication();
builder.Services.AddCqoJobs(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddRazorComponents();

var app = builder.Build();

await app.InitializeDatabaseAsync();

app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
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
app.MapRazorComponents<App>();
app.ScheduleRecurringJobs();
app.PrintBannerOnStart();

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
