using Microsoft.AspNetCore.Http;

namespace Cqo.Platform.Http;

/// <summary>
/// OWASP baseline headers on every response. The strict content policy is relaxed only for the
/// API reference and job dashboard pages, whose bundled scripts and styles are inline.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string StrictPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    private const string ToolPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; font-src 'self' data:; frame-ancestors 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            var isTool = context.Request.Path.StartsWithSegments("/scalar") || context.Request.Path.StartsWithSegments("/jobs");
            headers.ContentSecurityPolicy = isTool ? ToolPolicy : StrictPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
