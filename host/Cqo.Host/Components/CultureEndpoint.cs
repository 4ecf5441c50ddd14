using Cqo.Identity.Application.Account;
using Cqo.Platform.Localization;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Localization;

namespace Cqo.Host.Components;

/// <summary>
/// <c>GET /culture/set?culture=en&amp;redirectUri=/x</c>: remembers the UI language in a cookie, and for a
/// signed-in account as its language for mails and reminders, and goes back.
/// </summary>
internal static class CultureEndpoint
{
    public const string Path = "/culture/set";

    public static string Link(string culture, string redirectUri) =>
        $"{Path}?culture={Uri.EscapeDataString(culture)}&redirectUri={Uri.EscapeDataString(redirectUri)}";

    public static void MapCultureEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, async (HttpContext context, string? culture, string? redirectUri, ICurrentUser user, AccountSettingsHandler account) =>
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
            if (user.UserId is { } userId)
            {
                await account.RememberCultureAsync(userId, culture);
            }

            return Results.LocalRedirect(UiText.LocalOrHome(redirectUri));
        }).ExcludeFromDescription();
}
