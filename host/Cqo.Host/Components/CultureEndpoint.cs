using Cqo.Platform.Localization;
using Microsoft.AspNetCore.Localization;

namespace Cqo.Host.Components;

/// <summary><c>GET /culture/set?culture=en&amp;redirectUri=/x</c>: remembers the UI language in a cookie and goes back.</summary>
internal static class CultureEndpoint
{
    public const string Path = "/culture/set";

    public static string Link(string culture, string redirectUri) =>
        $"{Path}?culture={Uri.EscapeDataString(culture)}&redirectUri={Uri.EscapeDataString(redirectUri)}";

    public static void MapCultureEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, (HttpContext context, string? culture, string? redirectUri) =>
        {
            if (culture is null || !SupportedCultures.All.Contains(culture, StringComparer.Ordinal))
            {
                return Results.BadRequest();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Path = "/",
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
            return Results.LocalRedirect(UiText.LocalOrHome(redirectUri));
        }).ExcludeFromDescription();
}
