using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Cqo.Platform.Http;

/// <summary>
/// Gives each request an identifier unique across hosts and restarts (the W3C trace id when there is
/// one, else a new one). Kestrel's default is per connection and repeats, which would tie audit
/// records of different requests together. Logs, audits and problem responses all carry it.
/// </summary>
internal sealed class CorrelationMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.TraceIdentifier = Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
        return next(context);
    }
}
