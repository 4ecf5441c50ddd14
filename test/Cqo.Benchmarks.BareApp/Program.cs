// The smallest ASP.NET Core app that answers the same readiness probe as Cqo.Host: the benchmark's
// "bare endpoint" baseline, so host figures read as a ratio rather than raw numbers from one machine.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/health/ready", () => Results.Ok(new { status = "Healthy" }));
app.Run();
