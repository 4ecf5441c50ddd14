using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Cqo.Platform.Http;

/// <summary>
/// Gives each request an identifier of its own across hosts and restarts: the W3C trace id (which
/// ties it to a client's distributed trace) plus this request's span id, else a new GUID. Kestrel's
/// default repeats across restarts, and a trace id alone is shared by every request of one trace.
/// Audits and problem responses carry it.
/// </summary>
internal sealed class CorrelationMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.TraceIdentifier = Activity.Current is { } activity
            ? $"{activity.TraceId.ToHexString()}-{activity.SpanId.ToHexString()}"
            : Guid.NewGuid().ToString("N");
        return next(context);
    }
}
