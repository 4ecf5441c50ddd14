using Cqo.Platform.Auditing;
using Cqo.Platform.Http;
using Cqo.Platform.Localization;
using Microsoft.AspNetCore.Builder;

namespace Cqo.Platform;

public static class PlatformApplicationBuilderExtensions
{
    /// <summary>
    /// The cross-cutting middleware, outermost first: security headers, the request audit (outside
    /// the exception handler, so it sees the final status), the caller's culture (outside the exception
    /// handler too, so problem titles are in that language), problem details.
    /// </summary>
    public static IApplicationBuilder UseCqoPlatform(this IApplicationBuilder app)
    {
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
        return app;
    }
}
