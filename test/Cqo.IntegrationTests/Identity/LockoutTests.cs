using System.Net;
using System.Net.Http.Json;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Paging;

namespace Cqo.IntegrationTests.Identity;

[Collection(HostCollection.Name)]
public sealed class LockoutTests(CqoApp app)
{
    private const string Password = "Correct-horse-9";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_security_log_records_each_attempt()
    {
        var userName = $"lock-{Guid.NewGuid():N}"[..16];
        var created = await IdentityApi.Admin(app).PostAsJsonAsync("/api/identity/users", new
        {
            userName,
            displayName = "锁定测试",
            password = Password,
            scope = new { kind = "MunicipalRegulator" },
            roles = new[] { "MunicipalRegulator" },
        }, Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var user = (await created.Content.ReadFromJsonAsync<UserDto>(Json.Options))!;

        var browser = new BrowserSession(app);
        browser.Client.DefaultRequestHeaders.UserAgent.ParseAdd("LockoutTest/1.0");
        for (var attempt = 1; attempt <= IdentityLimits.MaxFailedSignIns; attempt++)
        {
            (await browser.SignInAsync(userName, "Wrong-password-1")).StatusCode.ShouldBe(HttpStatusCode.OK, $"attempt {attempt} must not sign in");
            app.Clock.Advance(TimeSpan.FromSeconds(1)); // a second apart, so the log orders them
        }

        // Locked: even the right password is refused now.
        (await browser.SignInAsync(userName, Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await IdentityApi.GetUserAsync(app, user.Id)).IsLockedOut.ShouldBeTrue();

        var log = await IdentityApi.Admin(app).GetFromJsonAsync<PagedResult<SecurityLogDto>>($"/api/identity/security-log?userId={user.Id}&sort=at", Json.Options);
        log!.Items.Select(e => e.Action).ShouldBe(
        [
            SecurityAction.SignInFailed, SecurityAction.SignInFailed, SecurityAction.SignInFailed, SecurityAction.SignInFailed,
            SecurityAction.SignInFailed, SecurityAction.LockedOut, SecurityAction.LockedOut,
        ]);
        log.Items.ShouldAllBe(e => e.UserAgent == "LockoutTest/1.0" && e.UserName == userName);
    }

    [Fact]
    public async Task An_administrator_unlocks_the_account_and_the_user_signs_in_again()
    {
        var userName = $"unlock-{Guid.NewGuid():N}"[..16];
        var created = await IdentityApi.Admin(app).PostAsJsonAsync("/api/identity/users", new
        {
            userName,
            displayName = "解锁测试",
            password = Password,
            scope = new { kind = "Auditor" },
            roles = new[] { "Auditor" },
        }, Json.Options);
        var user = (await created.Content.ReadFromJsonAsync<UserDto>(Json.Options))!;
        (await IdentityApi.Admin(app).PostAsync($"/api/identity/users/{user.Id}/lock", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await new BrowserSession(app).SignInAsync(userName, Password)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await IdentityApi.Admin(app).PostAsync($"/api/identity/users/{user.Id}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await new BrowserSession(app).SignInAsync(userName, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_rule_named()
    {
        var response = await IdentityApi.Admin(app).PostAsJsonAsync("/api/identity/users", new
        {
            userName = "weak-user",
            displayName = "弱密码",
            password = "short",
            scope = new { kind = "Auditor" },
            roles = Array.Empty<string>(),
        }, Json.Options);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "password");
    }
}
