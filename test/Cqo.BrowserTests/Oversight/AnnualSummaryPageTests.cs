using System.IO.Compression;
using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Cqo.BrowserTests.Oversight.SelectActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Oversight;

/// <summary>
/// The annual summary page: the municipal regulator picks a year, reads its headline figure with the change on the year
/// before, the district table, and downloads the same summary as a Word document. Its filings are in 2006 and 2007, years
/// no other test arranges filings in (the snapshot test takes a month of 2010 to 2012).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnnualSummaryPageTests(BrowserHost host)
{
    [Fact]
    public Task The_municipal_regulator_reads_a_year_summary_and_downloads_its_document() => host.RunAsync(async page =>
    {
        var tag = OversightData.NewTag();
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Pudong, 1, new DateOnly(2006, 6, 1), new DateOnly(2007, 3, 1), new DateOnly(2007, 9, 1));
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Xuhui, 4, new DateOnly(2007, 12, 31));

        await SignInAsync(page, "municipal", DemoPassword);
        await Expect(page.GetByTestId("nav-oversight-annual")).ToBeVisibleAsync();
        await page.GotoAsync("/oversight/annual");
        await Expect(page.GetByTestId("annual-headline").First).ToBeVisibleAsync();
        await ChooseAsync(page, page.GetByTestId("annual-year"), "2007");
        await Expect(page).ToHaveURLAsync(new Regex("/oversight/annual/2007$"));
        await Expect(page.GetByTestId("annual-as-of")).ToContainTextAsync("2007-12-31");

        // Three new CQOs in 2007 against one in 2006.
        var newFilings = page.Locator("[data-testid='annual-headline'][data-figure='filings.new']");
        await Expect(newFilings).ToHaveAttributeAsync("data-value", "3");
        await Expect(newFilings.GetByTestId("annual-change")).ToHaveTextAsync("比上年增长 200%");
        // The trend runs 2003 to 2007.
        var trend = page.GetByTestId("annual-trend-table");
        await Expect(trend.Locator("th")).ToHaveTextAsync(["指标", "2003", "2004", "2005", "2006", "2007"]);
        await Expect(trend.Locator("tr[data-figure='filings.new'] td").Nth(4)).ToHaveTextAsync("1");
        await Expect(trend.Locator("tr[data-figure='filings.new'] td").Nth(5)).ToHaveTextAsync("3");

        var districts = page.Locator("[data-testid='annual-breakdown'][data-by='District']");
        await Expect(districts.Locator($"tr[data-code='{OversightData.Pudong}'] td").Nth(1)).ToHaveTextAsync("2");
        await Expect(districts.Locator($"tr[data-code='{OversightData.Xuhui}'] td").Nth(1)).ToHaveTextAsync("1");

        // The document holds the same summary.
        var href = (await page.GetByTestId("annual-document").GetAttributeAsync("href"))!;
        href.ShouldBe("/oversight/annual/2007/document");
        var response = await page.APIRequest.GetAsync(href);
        response.Status.ShouldBe(200, $"GET {href}");
        using var docx = new ZipArchive(new MemoryStream(await response.BodyAsync()));
        using var reader = new StreamReader(docx.GetEntry("word/document.xml")!.Open());
        var text = Regex.Replace(await reader.ReadToEndAsync(), "<[^>]+>", "");
        text.ShouldContain("2007年企业首席质量官工作统计");
        text.ShouldContain("新增首席质量官：3 件，比上年增长 200%");
    });
}
