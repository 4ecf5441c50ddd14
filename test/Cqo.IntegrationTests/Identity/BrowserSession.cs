using System.Net;
using System.Text.RegularExpressions;
using Cqo.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cqo.IntegrationTests.Identity;

/// <summary>
/// A cookie-keeping client that signs in through the real sign-in page (antiforgery token and all)
/// and follows no redirects, so each step of a flow can be asserted. Plain HTTP unless
/// <paramref name="baseAddress"/> says otherwise (an <c>https://</c> one makes the host see a TLS request).
/// </summary>
internal sealed partial class BrowserSession(CqoApp app, Uri? baseAddress = null)
{
    public HttpClient Client { get; } = app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = baseAddress ?? new Uri("http://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>Posts the sign-in form; returns the response (302 on success, 200 with a message otherwise).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string? returnUrl = null)
    {
        var page = "/account/login" + (returnUrl is null ? "" : $"?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        var html = await Client.GetStringAsync(page);
        var token = AntiforgeryToken().Match(html).Groups[1].Value;
        return await Client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Posts the authenticator-code form that follows a password accepted for a two-factor account.</summary>
    public async Task<HttpResponseMessage> SubmitCodeAsync(Uri page, string code)
    {
        var html = await Client.GetStringAsync(page);
        var token = AntiforgeryToken().Match(html).Groups[1].Value;
        return await Client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login-2fa",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Code"] = code,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
