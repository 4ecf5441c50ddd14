using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Cqo.IntegrationTests.Identity;

[Collection(HostCollection.Name)]
public sealed class AuthorizationCodeFlowTests(CqoApp app)
{
    [Fact]
    public async Task The_spa_signs_in_with_code_and_pkce_calls_the_api_refreshes_and_revokes()
    {
        var browser = new BrowserSession(app);
        var (verifier, authorize) = OAuthFlow.Authorize();

        // Not signed in: the authorization endpoint sends the browser to the sign-in page.
        var first = await browser.Client.GetAsync(authorize);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().ShouldContain("/account/login");

        var signedIn = await browser.SignInAsync("admin", CqoApp.AdminPassword, returnUrl: authorize);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.AbsolutePath.ShouldBe("/connect/authorize");

        // Signed in, no consent screen: straight back to the SPA with a code.
        var back = await browser.Client.GetAsync(signedIn.Headers.Location);
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var callback = back.Headers.Location!;
        callback.GetLeftPart(UriPartial.Path).ShouldBe(CqoApp.SpaRedirectUri);
        var query = QueryHelpers.ParseQuery(callback.Query);
        query["state"].ToString().ShouldBe("s-1");

        var tokens = await OAuthFlow.TokenAsync(app, new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "cqo-spa",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = CqoApp.SpaRedirectUri,
            ["code_verifier"] = verifier,
        });
        var me = await MeAsync(tokens.AccessToken);
        me.UserName.ShouldBe("admin");
        me.Scope.Kind.ShouldBe(SharedKernel.Security.ScopeKind.Platform);
        me.Permissions.ShouldContain(IdentityPermissions.UsersManage);

        // Refresh tokens rotate: the new pair works, the used refresh token does not work twice.
        var refreshed = await OAuthFlow.TokenAsync(app, new() { ["grant_type"] = "refresh_token", ["client_id"] = "cqo-spa", ["refresh_token"] = tokens.RefreshToken });
        refreshed.RefreshToken.ShouldNotBe(tokens.RefreshToken);
        (await MeAsync(refreshed.AccessToken)).UserName.ShouldBe("admin");

        // Revoked: the access token stops working at once, and its refresh token too.
        (await Revoke(refreshed.AccessToken, "access_token")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Revoke(refreshed.RefreshToken, "refresh_token")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OAuthFlow.Api(app, refreshed.AccessToken).GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var reuse = await app.CreateClient().PostAsync("/connect/token", Form(new() { ["grant_type"] = "refresh_token", ["client_id"] = "cqo-spa", ["refresh_token"] = refreshed.RefreshToken }));
        reuse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reuse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task A_token_trusted_from_an_earlier_request_does_not_vouch_for_an_altered_copy()
    {
        var browser = new BrowserSession(app);
        await browser.SignInAsync("admin", CqoApp.AdminPassword, returnUrl: "/");
        var (verifier, authorize) = OAuthFlow.Authorize();
        var callback = (await browser.Client.GetAsync(authorize)).Headers.Location!;
        var tokens = await OAuthFlow.TokenAsync(app, new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "cqo-spa",
            ["code"] = QueryHelpers.ParseQuery(callback.Query)["code"].ToString(),
            ["redirect_uri"] = CqoApp.SpaRedirectUri,
            ["code_verifier"] = verifier,
        });
        (await MeAsync(tokens.AccessToken)).UserName.ShouldBe("admin");
        (await MeAsync(tokens.AccessToken)).UserName.ShouldBe("admin", "the second request reuses the verified claims");

        // The same header and payload with one signature character changed, and the payload of another caller's scope.
        var parts = tokens.AccessToken.Split('.');
        var badSignature = $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}";
        var claims = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(WebEncoders.Base64UrlDecode(parts[1]))!;
        claims["sub"] = JsonSerializer.SerializeToElement(Guid.NewGuid().ToString());
        var otherPayload = $"{parts[0]}.{WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(claims))}.{parts[2]}";
        foreach (var altered in new[] { badSignature, otherPayload })
        {
            (await OAuthFlow.Api(app, altered).GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await MeAsync(tokens.AccessToken)).UserName.ShouldBe("admin");
    }

    [Fact]
    public async Task A_code_without_the_right_verifier_gets_no_token()
    {
        var response = await app.CreateClient().PostAsync("/connect/token", Form(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "cqo-spa",
            ["code"] = "not-a-code",
            ["redirect_uri"] = CqoApp.SpaRedirectUri,
            ["code_verifier"] = "x",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Discovery_names_the_endpoints_and_pkce()
    {
        var discovery = await app.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        discovery.GetProperty("token_endpoint").GetString().ShouldEndWith("/connect/token");
        discovery.GetProperty("revocation_endpoint").GetString().ShouldEndWith("/connect/revoke");
        discovery.GetProperty("userinfo_endpoint").GetString().ShouldEndWith("/connect/userinfo");
        discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()).ShouldContain("S256");
        discovery.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(["authorization_code", "client_credentials", "refresh_token"], ignoreOrder: true);
    }

    private async Task<MeDto> MeAsync(string accessToken)
    {
        var response = await OAuthFlow.Api(app, accessToken).GetAsync("/api/me");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<MeDto>(Json.Options))!;
    }

    private Task<HttpResponseMessage> Revoke(string token, string hint) =>
        app.CreateClient().PostAsync("/connect/revoke", Form(new() { ["client_id"] = "cqo-spa", ["token"] = token, ["token_type_hint"] = hint }));

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

}
