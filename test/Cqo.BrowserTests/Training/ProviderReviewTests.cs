using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Training;

/// <summary>The municipal regulator suspends the demo provider with a recorded reason, then reinstates it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProviderReviewTests(BrowserHost host)
{
    private const string DemoProvider = "上海市质量教育培训中心（示例）";

    [Fact]
    public Task The_municipal_regulator_suspends_and_reinstates_a_provider() => host.RunAsync(async page =>
    {
        await SignInAsync(page, "municipal", DemoPassword);
        await Expect(page.GetByTestId("nav-providers")).ToBeVisibleAsync();
        await page.GotoAsync("/training/providers");
        var row = page.GetByTestId("provider-row").Filter(new LocatorFilterOptions { HasText = DemoProvider });
        await Expect(row.GetByTestId("provider-status")).ToHaveTextAsync("已批准");

        await ClickUntilAsync(row.GetByTestId("provider-suspended"), page.GetByTestId("reason-text"));
        await page.Locator("#reason-text").FillAsync("年度复核材料未按期提交");
        await page.GetByTestId("reason-confirm").ClickAsync();
        await Expect(row.GetByTestId("provider-status")).ToHaveTextAsync("已暂停");
        await Expect(row).ToContainTextAsync("年度复核材料未按期提交");

        await row.GetByTestId("provider-approved").ClickAsync();
        await page.GetByTestId("reason-confirm").ClickAsync();
        await Expect(row.GetByTestId("provider-status")).ToHaveTextAsync("已批准");
    });
}
