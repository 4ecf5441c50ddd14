using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Infrastructure;

/// <summary>What the journeys do again and again: sign in, and click a prerendered page until its circuit answers.</summary>
internal static partial class PageActions
{
    /// <summary>The password of the seeded demo accounts (<c>municipal</c>, <c>pudong</c>, <c>enterprise</c>, …).</summary>
    public const string DemoPassword = "Demo@2026cqo";

    /// <summary>Signs in on the sign-in page and waits until the app bar shows the user menu.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("input[name='Input.UserName']").FillAsync(userName);
        await page.Locator("input[name='Input.Password']").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        // Signed in: the app bar shows the user menu instead of the sign-in button.
        await Expect(page.GetByTestId("user-menu")).ToBeVisibleAsync();
        await Expect(page).Not.ToHaveURLAsync(LoginUrl());
    }

    /// <summary>
    /// Clicks <paramref name="target"/> until <paramref name="result"/> shows: a prerendered interactive page
    /// ignores clicks until its circuit connects. Bounded by attempts, each waiting on the result (no sleeps).
    /// </summary>
    public static async Task ClickUntilAsync(ILocator target, ILocator result, int attempts = 10)
    {
        for (var attempt = 1; ; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await Expect(result.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < attempts)
            {
                // Not connected yet (or the click landed before the handler was attached): try again.
            }
        }
    }

    /// <summary>Presses <paramref name="key"/> on <paramref name="target"/> until <paramref name="gone"/> disappears.</summary>
    public static async Task PressUntilAsync(ILocator target, string key, ILocator gone, int attempts = 5)
    {
        for (var attempt = 1; ; attempt++)
        {
            await target.PressAsync(key);
            try
            {
                await Expect(gone).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 1_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < attempts)
            {
                // The key went to the page before the select's key handler saw it: press again.
            }
        }
    }

    /// <summary>Saves a screenshot and the HTML of a second page (the fixture saves only the test's own page).</summary>
    public static async Task SaveFailureAsync(IPage page, string name)
    {
        try
        {
            Directory.CreateDirectory(BrowserHost.FailureFolder);
            var stem = Path.Combine(BrowserHost.FailureFolder, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true, Timeout = 5_000 });
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
        }
        catch (Exception e) when (e is PlaywrightException or IOException or TimeoutException)
        {
            // The test's own failure matters more.
        }
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginUrl();
}
