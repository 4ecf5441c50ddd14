using System.Net;
using System.Net.Http.Json;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Paging;

namespace Cqo.IntegrationTests.Platform;

/// <summary>
/// A form posted from another site carries the victim's cookies but cannot carry the page's
/// antiforgery token: such posts are refused before they change anything.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AntiforgeryTests(CqoApp app)
{
    [Fact]
    public async Task Signing_in_without_the_token_is_refused_signs_nobody_in_and_records_no_attempt()
    {
        var user = await TestAccounts.CreateAsync(app);
        var browser = new BrowserSession(app);
        await browser.Client.GetAsync("/account/login"); // the antiforgery cookie is in the jar, as in a visitor's browser

        var forged = await browser.Client.PostAsync("/account/login", Form(
            ("_handler", "login"), ("Input.UserName", user.UserName!), ("Input.Password", TestAccounts.Password)));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        SetCookies.Of(forged).ShouldNotContain(c => c.Name == "cqo.auth");
        (await browser.Client.GetAsync("/account/change-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "still anonymous");
        var log = await IdentityApi.Admin(app).GetFromJsonAsync<PagedResult<SecurityLogDto>>($"/api/identity/security-log?userId={user.Id}", Json.Options);
        log!.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Changing_the_password_without_the_token_is_refused_and_the_old_password_still_signs_in()
    {
        var user = await TestAccounts.CreateAsync(app);
        var browser = new BrowserSession(app);
        (await browser.SignInAsync(user.UserName!, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var forged = await browser.Client.PostAsync("/account/change-password", Form(
            ("_handler", "change-password"),
            ("Input.CurrentPassword", TestAccounts.Password),
            ("Input.NewPassword", "Forged-password-9"),
            ("Input.ConfirmPassword", "Forged-password-9")));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await new BrowserSession(app).SignInAsync(user.UserName!, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Signing_out_without_the_token_is_refused_and_the_session_stays()
    {
        var user = await TestAccounts.CreateAsync(app);
        var browser = new BrowserSession(app);
        (await browser.SignInAsync(user.UserName!, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var forged = await browser.Client.PostAsync("/account/logout", Form(("returnUrl", "/")));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.Client.GetAsync("/account/change-password")).StatusCode.ShouldBe(HttpStatusCode.OK, "still signed in");
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
}
