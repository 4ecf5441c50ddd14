using System.Net;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace Cqo.IntegrationTests.Platform;

/// <summary>
/// The flags on every cookie the host sets, read from the raw <c>Set-Cookie</c> headers of requests the
/// host sees as HTTPS (as behind the TLS proxy of a deployment).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CookieFlagTests(CqoApp app)
{
    private const string AuthCookie = "cqo.auth";
    private const string TwoFactorCookie = "cqo.2fa";

    private static readonly Uri s_https = new("https://localhost");

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_secure_lax_and_site_wide()
    {
        var user = await TestAccounts.CreateAsync(app);
        var browser = new BrowserSession(app, s_https);

        var signedIn = await browser.SignInAsync(user.UserName!, TestAccounts.Password);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Lax, not Strict: a client application sends the user to /connect/authorize by a cross-site
        // navigation, which must arrive signed in; cross-site posts and embedded requests go without it.
        SetCookies.Named(signedIn, AuthCookie).ShouldBeGuarded(SameSiteMode.Lax);
        SetCookies.Of(signedIn).ShouldAllBe(c => c.HttpOnly && c.Secure && c.SameSite != SameSiteMode.None && c.SameSite != SameSiteMode.Unspecified);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_http_only_secure_strict_and_site_wide()
    {
        var page = await new BrowserSession(app, s_https).Client.GetAsync("/account/login");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        SetCookies.Named(page, n => n.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ShouldBeGuarded(SameSiteMode.Strict);
    }

    [Fact]
    public async Task The_cookie_between_password_and_authenticator_code_is_http_only_secure_lax_and_site_wide()
    {
        var user = await TestAccounts.CreateAsync(app, twoFactor: true);
        var browser = new BrowserSession(app, s_https);

        var afterPassword = await browser.SignInAsync(user.UserName!, TestAccounts.Password);

        afterPassword.Headers.Location!.AbsolutePath.ShouldBe("/account/login-2fa");
        SetCookies.Named(afterPassword, TwoFactorCookie).ShouldBeGuarded(SameSiteMode.Lax);
        SetCookies.Of(afterPassword).ShouldNotContain(c => c.Name == AuthCookie, "the password alone must not sign in");
    }

    [Fact]
    public async Task The_language_cookie_is_http_only_secure_lax_site_wide_and_kept_for_a_year()
    {
        var chosen = await new BrowserSession(app, s_https).Client.GetAsync("/culture/set?culture=en&redirectUri=/");

        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var culture = SetCookies.Named(chosen, ".AspNetCore.Culture");
        culture.ShouldBeGuarded(SameSiteMode.Lax);
        culture.Expires.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(360));
    }
}
