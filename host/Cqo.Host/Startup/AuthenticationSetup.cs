using Microsoft.AspNetCore.Authentication.Cookies;

namespace Cqo.Host.Startup;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Cookie sign-in for the web UI. API calls are never redirected to a login page: they get 401
    /// or 403 as problem details. The identity module adds sign-in and bearer tokens for <c>/api</c>.
    /// </summary>
    public static IServiceCollection AddCqoAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "cqo.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/account/login";
                o.Events.OnRedirectToLogin = c => AnswerApi(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => AnswerApi(c, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization();
        return services;
    }

    private static Task AnswerApi(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/jobs"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
