using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// An access token the way the SPA gets one (the integration tests' OAuthFlow and BrowserSession, over real
/// HTTP): the sign-in page with its antiforgery token, then authorization code + PKCE with the public
/// <c>cqo-spa</c> client, then the code exchanged at the token endpoint. No test-only shortcut.
/// </summary>
internal static partial class OAuthSignIn
{
    /// <summary>Registered for <c>cqo-spa</c> through <c>Identity__SpaRedirectUris__0</c>; never visited, only read from the redirect.</summary>
    public const string RedirectUri = "http://localhost/bench/callback";

    public static async Task<string> AccessTokenAsync(Uri host, string userName, string password, CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = host };
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "cqo-spa",
            ["response_type"] = "code",
            ["redirect_uri"] = RedirectUri,
            ["scope"] = "openid profile offline_access api",
            ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
            ["state"] = "bench",
        });

        var page = $"/account/login?ReturnUrl={Uri.EscapeDataString(authorize)}";
        var html = await browser.GetStringAsync(page, cancellationToken);
        var antiforgery = AntiforgeryToken().Match(html);
        if (!antiforgery.Success)
        {
            throw new BenchmarkFailedException($"The sign-in page at {page} carries no antiforgery token.");
        }

        using var signIn = await browser.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }), cancellationToken);
        var back = RedirectOf(signIn, $"signing in as {userName}");

        // Signed in: the authorization endpoint now answers with a redirect carrying the code.
        using var authorized = await browser.GetAsync(back, cancellationToken);
        var code = QueryHelpers.ParseQuery(RedirectOf(authorized, "authorize").Query)["code"].ToString();
        using var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "cqo-spa",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }), cancellationToken);
        var body = await token.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return token.StatusCode == HttpStatusCode.OK && body.TryGetProperty("access_token", out var accessToken)
            ? accessToken.GetString()!
            : throw new BenchmarkFailedException($"The token endpoint answered {(int)token.StatusCode}: {body}");
    }

    private static Uri RedirectOf(HttpResponseMessage response, string step) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            ? location
            : throw new BenchmarkFailedException($"Expected a redirect when {step}, got {(int)response.StatusCode}.");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
