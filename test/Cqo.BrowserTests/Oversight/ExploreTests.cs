using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;

namespace Cqo.BrowserTests.Oversight;

[Collection(BrowserCollection.Name)]
public sealed class ExploreTests(BrowserHost host)
{
    [Fact]
    public Task Explore() => host.RunAsync(async page =>
    {
        var tag = OversightData.NewTag();
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Pudong, 1, new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 1));
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Xuhui, 4, new DateOnly(2026, 4, 1), new DateOnly(2025, 4, 1));
        await SignInAsync(page, "municipal", DemoPassword);
        Directory.CreateDirectory("/tmp/explore");
        var urls = new[]
        {
            "/oversight?figure=filings.review-days&by=district",
            "/oversight?period=quarter&by=jurisdiction",
            "/oversight?period=month&by=none",
            "/oversight?figure=training.trained&by=provider",
            "/oversight/snapshots",
        };
        var i = 0;
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            await page.WaitForTimeoutAsync(2500);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"/tmp/explore/{i++}.png", FullPage = true });
        }

        await page.GotoAsync("/culture/set?culture=en&redirectUri=%2Foversight");
        await page.WaitForTimeoutAsync(2500);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = $"/tmp/explore/en.png", FullPage = true });
    });
}
