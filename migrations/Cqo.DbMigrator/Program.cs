using Cqo.Migrations;
using Cqo.Platform;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serilog;

// Usage: Cqo.DbMigrator --provider Sqlite|SqlServer|PostgreSql --connection "<connection string>" [--demo true]
var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--provider"] = "Database:Provider",
    ["--connection"] = "ConnectionStrings:Cqo",
    ["--demo"] = "Database:SeedDemoData",
});
builder.Services.AddSerilog(logger => logger.MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning).WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
builder.Services.AddCqoPlatform(builder.Configuration);
foreach (var module in CqoModules.All)
{
    module.AddServices(builder.Services, builder.Configuration);
}

builder.Services.AddSingleton<DatabaseInitializer>();
using var host = builder.Build();

var database = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
if (string.IsNullOrWhiteSpace(database.ConnectionString))
{
    Console.Error.WriteLine("Usage: Cqo.DbMigrator --provider Sqlite|SqlServer|PostgreSql --connection \"<connection string>\" [--demo true]");
    return 2;
}

await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(new SeedContext(database.SeedDemoData), CancellationToken.None);
Console.WriteLine($"Database migrated and seeded ({database.Provider}).");
return 0;
