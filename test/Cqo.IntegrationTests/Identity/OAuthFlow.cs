using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cqo.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Cqo.IntegrationTests.Identity;

/// <summary>The SPA's side of authorization code + PKCE, step by step.</summary>
internal static class OAuthFlow
{
    public static (string Verifier, string Url) Authorize(string state = "s-1")
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var url = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "cqo-spa",
            ["response_type"] = "code",
            ["redirect_uri"] = CqoApp.SpaRedirectUri,
            ["scope"] = "openid profile offline_access api",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["state"] = state,
        });
        return (verifier, url);
    }

    /// <summary>Signs in on the real page, follows the code back and exchanges it: an access token for <paramref name="userName"/>.</summary>
    public static async Task<string> SignInAsync(CqoApp app, string userName, string password)
    {
        var (verifier, url) = Authorize();
        var browser = new BrowserSession(app);
        var signedIn = await browser.SignInAsync(userName, password, returnUrl: url);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var back = await browser.Client.GetAsync(signedIn.Headers.Location);
        var code = QueryHelpers.ParseQuery(back.Headers.Location!.Query)["code"].ToString();
        var tokens = await TokenAsync(app, new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "cqo-spa",
            ["code"] = code,
            ["redirect_uri"] = CqoApp.SpaRedirectUri,
            ["code_verifier"] = verifier,
        });
        return tokens.AccessToken;
    }

    public static async Task<(string AccessToken, string RefreshToken)> TokenAsync(CqoApp app, Dictionary<string, string> form)
    {
        var response = await app.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        return (body.GetProperty("access_token").GetString()!, body.GetProperty("refresh_token").GetString()!);
    }

    public static HttpClient Api(CqoApp app, string accessToken)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
