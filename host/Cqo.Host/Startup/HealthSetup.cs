using System.Text.Json;
using Cqo.Platform;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Cqo.Host.Startup;

internal static class HealthSetup
{
    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: and its database does.</summary>
    public static void MapCqoHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(PlatformServiceCollectionExtensions.ReadyTag),
            ResponseWriter = WriteAsync,
        });
    }

    private static Task WriteAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
