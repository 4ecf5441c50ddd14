using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Training;

/// <summary>The demo provider's administrator adds a trainer and deactivates them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainersTests(BrowserHost host)
{
    [Fact]
    public Task A_provider_adds_a_trainer_and_deactivates_them() => host.RunAsync(async page =>
    {
        var name = $"测试讲师{Random.Shared.Next(100, 999)}";
        await SignInAsync(page, "provider", DemoPassword);
        await Expect(page.GetByTestId("nav-trainers")).ToBeVisibleAsync();
        await page.GotoAsync("/training/trainers");
        var row = page.GetByTestId("trainer-row").Filter(new LocatorFilterOptions { HasText = name });

        // The page is prerendered: text typed before the circuit is up is lost, so type and add until the row appears.
        for (var attempt = 0; attempt < 10 && await row.CountAsync() == 0; attempt++)
        {
            await page.Locator("#trainer-name").FillAsync(name);
            await page.Locator("#trainer-title").FillAsync("讲师");
            await page.GetByTestId("trainer-add").ClickAsync();
            try
            {
                await row.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 2_000 });
            }
            catch (TimeoutException)
            {
                // Not added yet (typed before the circuit was up): type again.
            }
        }

        await Expect(row.Locator("input[type='checkbox']")).ToBeCheckedAsync();

        await row.Locator("input[type='checkbox']").ClickAsync();
        await Expect(row.Locator("input[type='checkbox']")).Not.ToBeCheckedAsync();
        await page.ReloadAsync();
        await Expect(row.Locator("input[type='checkbox']")).Not.ToBeCheckedAsync();
    });
}
