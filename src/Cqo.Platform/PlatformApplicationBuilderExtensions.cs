using Cqo.Platform.Auditing;
using Cqo.Platform.Http;
using Cqo.Platform.Localization;
using Microsoft.AspNetCore.Builder;

namespace Cqo.Platform;

public static class PlatformApplicationBuilderExtensions
{
    /// <summary>
    /// The cross-cutting middleware, outermost first: security headers, the request audit (outside
    /// the exception handler, so it sees the final status), problem details, culture, rate limits.
    /// </summary>
    public static IApplicationBuilder UseCqoPlatform(this IApplicationBuilder app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestAuditMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(SupportedCultures.Default);
            o.AddSupportedCultures([.. SupportedCultures.All]);
            o.AddSupportedUICultures([.. SupportedCultures.All]);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
        });
        return app;
    }
}
