using Cqo.Migrations;
using Cqo.Host.Components;
using Cqo.Host.Jobs;
using Cqo.Host.Startup;
using Cqo.Platform;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

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

app.UseSerilogRequestLogging();
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
