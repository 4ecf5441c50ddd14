using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Oversight;

/// <summary>Picking from a MudSelect, as the oversight pages' tests do again and again.</summary>
internal static class SelectActions
{
    /// <summary>
    /// Opens a MudSelect (its input carries the test id) and picks the option starting with <paramref name="option"/>; a
    /// prerendered page ignores the first clicks until its circuit connects, so the select is clicked until it opens.
    /// </summary>
    public static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        var popover = page.Locator(".mud-popover-open");
        await PageActions.ClickUntilAsync(select, popover);
        await popover.Locator(".mud-list-item").Filter(new LocatorFilterOptions { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}") }).First.ClickAsync();
        await Expect(select).ToHaveValueAsync(new Regex($"^{Regex.Escape(option)}"));
        await Expect(popover).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Clicks an SVG bar until <paramref name="result"/> shows. A bar is a stroked vertical line: its box has no width, so
    /// Playwright never finds it "visible" and the click is forced (at the box's centre, which the stroke covers).
    /// </summary>
    public static async Task ClickBarUntilAsync(ILocator bar, ILocator result, int attempts = 10)
    {
        for (var attempt = 1; ; attempt++)
        {
            await bar.ClickAsync(new LocatorClickOptions { Force = true });
            try
            {
                await Expect(result.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < attempts)
            {
                // Not connected yet: click again.
            }
        }
    }
}
