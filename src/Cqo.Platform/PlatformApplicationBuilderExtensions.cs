using Cqo.Platform.Auditing;
using Cqo.Platform.Http;
using Cqo.Platform.Localization;
using Microsoft.AspNetCore.Builder;

namespace Cqo.Platform;

public static class PlatformApplicationBuilderExtensions
{
    /// <summary>
    /// The cross-cutting middleware, outermost first: the caller's address behind trusted proxies,
    /// a unique request id, security headers, the request audit and the caller's culture (both outside
    /// the exception handler, so the audit sees the final status and problem titles are in the
    /// caller's language), problem details, and the guard against control characters.
    /// </summary>
    public static IApplicationBuilder UseCqoPlatform(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestAuditMiddleware>();
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(SupportedCultures.Default);
            o.AddSupportedCultures([.. SupportedCultures.All]);
            o.AddSupportedUICultures([.. SupportedCultures.All]);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ControlCharacterGuardMiddleware>();
        return app;
    }
}
