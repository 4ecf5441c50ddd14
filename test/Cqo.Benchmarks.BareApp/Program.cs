using Cqo.Benchmarks.BareApp.Certification;
using Cqo.Benchmarks.BareApp.Registry;
using Cqo.Benchmarks.BareApp.Training;
using Npgsql;

// The smallest ASP.NET Core app that answers the same readiness probe as Cqo.Host: the benchmark's
// "bare endpoint" baseline, so host figures read as a ratio rather than raw numbers from one machine.
var builder = WebApplication.CreateBuilder(args);
// The registry search baseline exists only when the benchmark passes a database; the start-up
// section passes none, so what it measures stays the one-endpoint app.
var registry = builder.Configuration.GetConnectionString(EnterpriseSearchEndpoint.ConnectionStringName);
if (!string.IsNullOrEmpty(registry))
{
    builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(registry));
}

builder.AddTrainingBaseline();
builder.AddCertificateVerification();

var app = builder.Build();
app.MapGet("/health/ready", () => Results.Ok(new { status = "Healthy" }));
if (!string.IsNullOrEmpty(registry))
{
    app.MapEnterpriseSearch();
}

app.MapTrainingBaseline();
app.MapCertificateVerification();

app.Run();
