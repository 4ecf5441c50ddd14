using System.Text;
using Cqo.BrowserTests.Infrastructure;
using Cqo.Oversight.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Oversight;

/// <summary>The municipal regulator's audit trail: filter to one record, read its detail, export it, verify the chain.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditTrailPageTests(BrowserHost host)
{
    [Fact]
    public Task The_regulator_filters_the_trail_reads_a_record_exports_it_and_verifies_the_chain() => host.RunAsync(async page =>
    {
        var type = $"BrowserProbe{Random.Shared.Next(100_000, 1_000_000)}";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // A view on the trail, as the registry records an ID number revealed.
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            db.RecordView(type, "42", new Dictionary<string, object?> { ["Reason"] = "浏览器测试：核对身份" });
            await db.SaveChangesAsync();
        }

        await SignInAsync(page, "municipal", DemoPassword);
        await Expect(page.GetByTestId("nav-audit-trail")).ToBeVisibleAsync();
        await page.GotoAsync("/oversight/audit-trail");
        await Expect(page.GetByTestId("audit-verification")).ToBeVisibleAsync();

        var rows = page.GetByTestId("audit-row");
        await FillUntilAsync(page.GetByTestId("audit-entity-type"), type, page.GetByTestId("list-total").Filter(new LocatorFilterOptions { HasText = "共 1 条" }));
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.GetByTestId("audit-row-what")).ToContainTextAsync(type);
        await Expect(rows).ToContainTextAsync("查看");

        await rows.GetByTestId("audit-row-detail").ClickAsync();
        var change = page.Locator("[data-testid='audit-change'][data-property='Reason']");
        await Expect(change).ToContainTextAsync("浏览器测试：核对身份");
        await page.GetByTestId("audit-detail-close").ClickAsync();
        await Expect(page.GetByTestId("audit-detail")).ToHaveCountAsync(0);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("audit-export-csv").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("audit-trail");
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        bytes.Take(3).ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var csv = Encoding.UTF8.GetString(bytes);
        csv.ShouldContain("审计记录");
        csv.ShouldContain($"{type},42,查看");

        await page.GetByTestId("audit-verify").ClickAsync();
        await Expect(page.GetByTestId("audit-verification")).ToHaveAttributeAsync("data-intact", "True");
        await Expect(page.GetByTestId("audit-verification-text")).ToContainTextAsync("审计链完整");
    });

    /// <summary>Types into <paramref name="input"/> and leaves it until <paramref name="result"/> shows that the circuit took the value.</summary>
    private static async Task FillUntilAsync(ILocator input, string text, ILocator result, int attempts = 5)
    {
        for (var attempt = 1; ; attempt++)
        {
            await input.FillAsync(text);
            await input.PressAsync("Tab");
            try
            {
                await Expect(result.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < attempts)
            {
                // The value went to the prerendered input: type it again.
            }
        }
    }
}
