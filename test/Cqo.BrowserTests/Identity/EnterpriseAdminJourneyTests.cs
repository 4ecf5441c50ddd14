using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Identity;

/// <summary>
/// Acceptance: the platform administrator creates an enterprise administrator for the demo enterprise,
/// grants it one extra permission, and the new account signs in to its enterprise workspace, where the
/// extra permission shows in the menu and the language switch works.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EnterpriseAdminJourneyTests(BrowserHost host)
{
    private const string DemoEnterprise = "上海示例精密制造有限公司";
    private const string NewPassword = "Journey2026ok";

    [Fact]
    public Task Platform_admin_creates_an_enterprise_admin_who_signs_in_to_the_enterprise_workspace() => host.RunAsync(async page =>
    {
        // Unique per run, so the test never trips over an account from an earlier test on the shared host.
        var userName = $"ent-{Guid.NewGuid():N}"[..16];

        // 1. The seeded platform administrator signs in.
        await SignInAsync(page, "admin", BrowserHost.AdminPassword);

        // 2. Create the account: Enterprise scope in the demo enterprise, role EnterpriseAdmin (企业经办人).
        await page.GotoAsync("/admin/users");
        var nameField = page.Locator("#new-user-name");
        // The page is prerendered: the button does nothing until the circuit is up, so click until the form opens.
        await ClickUntilAsync(page.GetByTestId("user-new"), nameField);

        await nameField.FillAsync(userName);
        await page.Locator("#new-user-display").FillAsync("旅程测试企业经办人");
        await page.Locator("#new-user-password").FillAsync(NewPassword);
        await ChooseAsync(page, page.GetByTestId("new-user-scope"), "企业");
        // The organisation picker appears only once an organisation-bound kind is chosen.
        await ChooseAsync(page, page.GetByTestId("new-user-org"), DemoEnterprise);
        await ChooseAsync(page, page.GetByTestId("new-user-roles"), "企业经办人", multiple: true);
        await Expect(page.GetByTestId("new-user-scope")).ToHaveValueAsync("企业");
        await Expect(page.GetByTestId("new-user-org")).ToHaveValueAsync(DemoEnterprise);
        await Expect(page.GetByTestId("new-user-roles")).ToHaveValueAsync("企业经办人");

        await page.GetByTestId("user-save").ClickAsync();
        var row = page.GetByTestId($"user-row-{userName}");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync(DemoEnterprise);
        await Expect(row).ToContainTextAsync("企业经办人");

        // 3. Grant Identity.SecurityLog, which the EnterpriseAdmin role does not carry.
        await page.GetByTestId($"user-permissions-{userName}").ClickAsync();
        var securityLog = page.GetByTestId("perm-Identity.SecurityLog");
        await Expect(securityLog).Not.ToBeCheckedAsync();
        await securityLog.CheckAsync();
        await page.GetByTestId("perm-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = "已保存" })).ToBeVisibleAsync();
        await Expect(securityLog).ToBeCheckedAsync();

        // 4. The new account signs in, in a browser context of its own.
        var newUserPage = await host.NewPageAsync();
        try
        {
            await SignInAsync(newUserPage, userName, NewPassword);

            // 5. The enterprise workspace, with the granted permission in the menu.
            await Expect(newUserPage.GetByTestId("home-heading")).ToHaveTextAsync("企业工作台");
            await Expect(newUserPage.GetByTestId("home-organisation")).ToHaveTextAsync(DemoEnterprise);
            await Expect(newUserPage.GetByTestId("nav-security-log")).ToBeVisibleAsync();
            await Expect(newUserPage.GetByTestId("nav-clients")).ToHaveCountAsync(0);

            // 6. Switch to English: the page reloads in the chosen language.
            await newUserPage.GetByTestId("culture-en").ClickAsync();
            await Expect(newUserPage.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(newUserPage.GetByTestId("home-heading")).ToHaveTextAsync("Enterprise workspace");
            await Expect(newUserPage.GetByTestId("nav-security-log")).ToContainTextAsync("Security log");
            // So far that may be the prerendered HTML: once the circuit answers a click (the drawer toggle),
            // what it renders must be English too.
            await ClickUntilAsync(
                newUserPage.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Toggle menu" }),
                newUserPage.Locator(".mud-drawer.mud-drawer--closed"));
            await Expect(newUserPage.GetByTestId("home-heading")).ToHaveTextAsync("Enterprise workspace");
            await Expect(newUserPage.GetByTestId("nav-security-log")).ToContainTextAsync("Security log");

            // 7. Sign out from the user menu: back to the anonymous home page.
            await ClickUntilAsync(newUserPage.GetByTestId("user-menu"), newUserPage.GetByTestId("logout"));
            await newUserPage.GetByTestId("logout").ClickAsync();
            await Expect(newUserPage.GetByTestId("nav-login")).ToBeVisibleAsync();
        }
        catch
        {
            // The fixture saves the admin's page; the new account's page is the one worth seeing here.
            await SaveFailureAsync(newUserPage, "EnterpriseAdminJourneyTests.new-user");
            throw;
        }
        finally
        {
            await newUserPage.Context.CloseAsync();
        }
    });

    /// <summary>
    /// Opens a MudSelect (<paramref name="select"/> is its input, which carries the test id), clicks the option
    /// whose text starts with <paramref name="option"/> and waits until the input shows it. A multi-select
    /// stays open after a pick, so it is then closed with Escape.
    /// </summary>
    private static async Task ChooseAsync(IPage page, ILocator select, string option, bool multiple = false)
    {
        var popover = page.Locator(".mud-popover-open");
        // Called once the form is up, so the circuit is connected: one click opens it (a second would close it).
        await select.ClickAsync();
        await Expect(popover).ToBeVisibleAsync();
        var item = popover.Locator(".mud-list-item").Filter(new LocatorFilterOptions { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}") });
        await item.First.ClickAsync();
        // The server has handled the pick once the input shows it (for every option used here, its start).
        await Expect(select).ToHaveValueAsync(new Regex($"^{Regex.Escape(option)}"));
        if (multiple)
        {
            await PressUntilAsync(select, "Escape", popover);
        }

        await Expect(popover).ToHaveCountAsync(0);
    }
}
