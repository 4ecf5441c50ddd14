using Cqo.Identity.Application.Account;
using Cqo.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cqo.Host.Components.Account;

/// <summary>Sign-out: a POST (antiforgery-checked, as it carries a form field) from the header menu.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/logout", async (HttpContext context, [FromForm] string? returnUrl, UserManager<UserAccount> users, SignInHandler signIn) =>
        {
            var user = context.User.Identity?.IsAuthenticated == true ? await users.GetUserAsync(context.User) : null;
            await signIn.SignOutAsync(user);
            return Results.LocalRedirect(UiText.LocalOrHome(returnUrl));
        }).ExcludeFromDescription();
}
