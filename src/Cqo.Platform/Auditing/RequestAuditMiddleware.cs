using Cqo.Platform.Http;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cqo.Platform.Auditing;

/// <summary>
/// Records every state-changing API request, including refused and failed ones, in its own save so
/// that a rolled-back change still leaves a trace of the attempt.
/// </summary>
internal sealed class RequestAuditMiddleware(RequestDelegate next, TimeProvider clock, ILogger<RequestAuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        var started = clock.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            await RecordAsync(context, clock.GetElapsedTime(started));
        }
    }

    private async Task RecordAsync(HttpContext context, TimeSpan elapsed)
    {
        try
        {
            var db = context.RequestServices.GetRequiredService<PlatformDbContext>();
            var user = context.RequestServices.GetRequiredService<ICurrentUser>();
            var now = clock.GetUtcNow().ToStoragePrecision();
            db.RequestAudits.Add(new RequestAudit(
                Guid.CreateVersion7(now),
                now,
                user.UserId,
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Response.StatusCode,
                (long)elapsed.TotalMilliseconds,
                context.Connection.RemoteIpAddress?.ToString(),
                context.Request.Headers.UserAgent.ToString(),
                context.TraceIdentifier));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The request itself has been answered; a lost audit row is logged, not thrown at the client.
            logger.LogError(ex, "Could not record the audit of {Method} {Path}", context.Request.Method, LoggedPath.Of(context.Request.Path));
        }
    }
}
