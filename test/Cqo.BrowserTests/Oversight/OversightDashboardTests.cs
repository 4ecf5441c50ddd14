using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Cqo.BrowserTests.Oversight.SelectActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Oversight;

/// <summary>
/// The dashboard (issue 8's acceptance): a municipal regulator picks a range, clicks the Pudong bar, reads the records behind
/// it and downloads them as xlsx holding the same rows; the back button returns to the same numbers. An auditor sees the same
/// numbers without a way into the records. Each test arranges filings in a year of its own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OversightDashboardTests(BrowserHost host)
{
    [Fact]
    public Task A_municipal_regulator_drills_from_the_district_bar_to_the_records_and_exports_them() => host.RunAsync(async page =>
    {
        var tag = OversightData.NewTag();
        var pudong = await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Pudong, 1,
            new DateOnly(2018, 3, 1), new DateOnly(2018, 5, 1), new DateOnly(2018, 7, 1));
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Xuhui, 4, new DateOnly(2018, 4, 1));

        await SignInAsync(page, "municipal", DemoPassword);
        await Expect(page.GetByTestId("nav-oversight")).ToBeVisibleAsync();
        await page.GotoAsync("/oversight");
        // The first figure, by district, with its definition; the range is chosen in the selects and kept in the URL.
        await Expect(page.GetByTestId("figure-definition")).ToContainTextAsync("新增首席质量官");
        await Expect(page.GetByTestId("figure-definition")).ToContainTextAsync("按批准当日归期");
        await ChooseAsync(page, page.GetByTestId("dashboard-to"), "2020");
        await Expect(page).ToHaveURLAsync(new Regex("to=2020"));
        await ChooseAsync(page, page.GetByTestId("dashboard-from"), "2016");
        await Expect(page.GetByTestId("figure-period")).ToHaveTextAsync(["2016", "2017", "2018", "2019", "2020"]);
        await ChooseAsync(page, page.GetByTestId("dashboard-at"), "2018");
        await Expect(page.GetByTestId("breakdown-chart")).ToHaveAttributeAsync("data-period", "2018");

        var rows = page.GetByTestId("figure-row");
        var pudongRow = rows.And(page.Locator($"[data-code='{OversightData.Pudong}']"));
        await Expect(pudongRow.Locator("[data-testid='figure-cell'][data-period='2018']")).ToHaveAttributeAsync("data-value", "3");
        await Expect(rows.And(page.Locator($"[data-code='{OversightData.Xuhui}']")).Locator("[data-period='2018']")).ToHaveAttributeAsync("data-value", "1");
        await Expect(page.GetByTestId("figure-total").Locator("[data-period='2018']")).ToHaveAttributeAsync("data-value", "4");

        // Pudong's bar opens the records behind that number.
        await ClickBarUntilAsync(await BarOfAsync(page, OversightData.Pudong), page.GetByTestId("record-row"));
        await Expect(page).ToHaveURLAsync(new Regex(@"/oversight/records\?.*figure=filings\.new"));
        await Expect(page).ToHaveURLAsync(new Regex($"code={OversightData.Pudong}"));
        await Expect(page).ToHaveURLAsync(new Regex("at=2018"));
        await Expect(page.GetByTestId("records-value")).ToContainTextAsync("浦东新区");
        var records = page.GetByTestId("record-row");
        await Expect(records).ToHaveCountAsync(3);
        var listed = await ListedAsync(page);
        listed.Select(r => r["uscc"]).Order().ShouldBe(pudong.Select(e => e.Uscc).Order());
        listed.Select(r => r["enterprise"]).Order().ShouldBe(pudong.Select(e => e.Name).Order());

        // The xlsx download carries the list's parameters and holds its rows, cell for cell.
        var xlsx = page.GetByTestId("records-export-xlsx");
        var href = (await xlsx.GetAttributeAsync("href"))!;
        href.ShouldContain($"code={OversightData.Pudong}");
        href.ShouldContain("at=2018");
        href.ShouldContain("format=xlsx");
        var response = await page.APIRequest.GetAsync(href);
        response.Status.ShouldBe(200, $"GET {href}");
        var sheet = XlsxRows.Read(await response.BodyAsync());
        var exported = sheet.Where(row => listed.Any(l => row.Contains(l["uscc"]))).ToList();
        exported.Count.ShouldBe(listed.Count, "one row in the file per record in the list");
        foreach (var record in listed)
        {
            var row = exported.Single(r => r.Contains(record["uscc"]));
            foreach (var cell in record.Values.Where(v => v.Length > 0))
            {
                row.ShouldContain(cell, $"the exported row of {record["uscc"]}");
            }
        }

        // Back: the dashboard as it was left (same range and period).
        await page.GoBackAsync();
        await Expect(page.GetByTestId("breakdown-chart")).ToHaveAttributeAsync("data-period", "2018");
        await Expect(page.GetByTestId("figure-period")).ToHaveCountAsync(5);
        await Expect(pudongRow.Locator("[data-period='2018']")).ToHaveAttributeAsync("data-value", "3");
    });

    [Fact]
    public Task The_records_page_searches_sorts_and_pages_in_the_URL() => host.RunAsync(async page =>
    {
        var tag = OversightData.NewTag();
        var arranged = await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Xuhui, 1,
            new DateOnly(2019, 2, 1), new DateOnly(2019, 6, 1), new DateOnly(2019, 9, 1));

        await SignInAsync(page, "municipal", DemoPassword);
        await page.GotoAsync($"/oversight?from=2019&to=2019&by=district");
        var cell = page.GetByTestId("figure-row").And(page.Locator($"[data-code='{OversightData.Xuhui}']")).GetByTestId("figure-cell-link");
        await ClickUntilAsync(cell, page.GetByTestId("record-row"));
        await Expect(page.GetByTestId("record-row")).ToHaveCountAsync(3);

        // Newest approval first by default; the approval column sorts ascending on a click.
        await Expect(page.GetByTestId("record-row").First.Locator("[data-key='uscc']")).ToHaveTextAsync(arranged[2].Uscc);
        await page.Locator("[data-testid='records-column'][data-key='approvedOn'] button").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sort=approvedOn"));
        await Expect(page.GetByTestId("record-row").First.Locator("[data-key='uscc']")).ToHaveTextAsync(arranged[0].Uscc);

        // A USCC finds its one record; the export link carries the search.
        await page.Locator("#records-search").FillAsync(arranged[1].Uscc);
        await page.Locator("#records-search").PressAsync("Tab");
        await Expect(page.GetByTestId("record-row")).ToHaveCountAsync(1);
        await Expect(page).ToHaveURLAsync(new Regex($"search={arranged[1].Uscc}"));
        await Expect(page.GetByTestId("records-export-csv")).ToHaveAttributeAsync("href", new Regex($"search={arranged[1].Uscc}"));
        await Expect(page.GetByTestId("record-open")).ToHaveAttributeAsync("href", new Regex("^/registry/filings/"));
    });

    [Fact]
    public Task An_auditor_sees_the_figures_but_no_way_into_the_records() => host.RunAsync(async page =>
    {
        var tag = OversightData.NewTag();
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Pudong, 1, new DateOnly(2017, 3, 1), new DateOnly(2017, 9, 1));

        await SignInAsync(page, "auditor", DemoPassword);
        await Expect(page.GetByTestId("nav-oversight")).ToBeVisibleAsync();
        // Their large table exports run in the background: the list of them is in the menu.
        await Expect(page.GetByTestId("nav-exports")).ToBeVisibleAsync();
        await page.GotoAsync("/oversight?from=2016&to=2020&at=2017");
        var pudongRow = page.GetByTestId("figure-row").And(page.Locator($"[data-code='{OversightData.Pudong}']"));
        await Expect(pudongRow.Locator("[data-period='2017']")).ToHaveAttributeAsync("data-value", "2");
        await Expect(page.GetByTestId("breakdown-chart")).ToBeVisibleAsync();

        // Aggregates only: no links in the table, no hint, and a click on a bar stays on the dashboard.
        await Expect(page.GetByTestId("figure-cell-link")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("figure-row-link")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("dashboard-drill-hint")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("table-export-xlsx")).ToBeVisibleAsync();
        await (await BarOfAsync(page, OversightData.Pudong)).ClickAsync(new LocatorClickOptions { Force = true });
        await Expect(page).ToHaveURLAsync(new Regex(@"/oversight\?"));
        await Expect(page.GetByTestId("record-row")).ToHaveCountAsync(0);

        // Another figure keeps the range and the breakdown, and shows its own definition.
        await ChooseAsync(page, page.GetByTestId("dashboard-figure"), "离任首席质量官");
        await Expect(page).ToHaveURLAsync(new Regex("figure=filings.ended.*from=2016.*by=district"));
        await Expect(page.GetByTestId("figure-definition")).ToContainTextAsync("结束日在统计期内的聘任备案数");
        await Expect(page.GetByTestId("figure-total").Locator("[data-period='2017']")).ToHaveAttributeAsync("data-value", "0");

        // The records page itself refuses them.
        await page.GotoAsync($"/oversight/records?figure=filings.new&period=year&at=2017&by=district&code={OversightData.Pudong}");
        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("record-row")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_district_regulator_sees_its_own_jurisdiction_only() => host.RunAsync(async page =>
    {
        var tag = OversightData.NewTag();
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Pudong, 1, new DateOnly(2015, 4, 1));
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Xuhui, 2, new DateOnly(2015, 5, 1), new DateOnly(2015, 6, 1));

        await SignInAsync(page, "pudong", DemoPassword);
        await page.GotoAsync("/oversight?from=2015&to=2015&by=district");
        await Expect(page.GetByTestId("dashboard-scope")).ToContainTextAsync("310115");
        await Expect(page.GetByTestId("figure-row").And(page.Locator($"[data-code='{OversightData.Pudong}']")).GetByTestId("figure-cell"))
            .ToHaveAttributeAsync("data-value", "1");
        await Expect(page.GetByTestId("figure-row").And(page.Locator($"[data-code='{OversightData.Xuhui}']"))).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("figure-total").GetByTestId("figure-cell")).ToHaveAttributeAsync("data-value", "1");
        await Expect(page.GetByTestId("filter-jurisdiction")).ToHaveCountAsync(0);

        // Its records are its own too, even when the link asks for another district's.
        await page.GotoAsync($"/oversight/records?figure=filings.new&period=year&at=2015&by=district&code={OversightData.Xuhui}");
        await Expect(page.GetByTestId("records-empty")).ToBeVisibleAsync();
    });

    /// <summary>
    /// The bar of one row of the breakdown. Each row is a stacked series with a value at its own label only; MudChart draws
    /// every series at every label (a sliver where it has none), label by label, so row i's bar is path i × rows + i.
    /// </summary>
    private static async Task<ILocator> BarOfAsync(IPage page, string code)
    {
        var codes = await page.GetByTestId("figure-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        var index = Array.IndexOf(codes, code);
        index.ShouldBeGreaterThanOrEqualTo(0, $"a row for {code}");
        return page.GetByTestId("breakdown-chart").Locator("path.mud-chart-bar").Nth((index * codes.Length) + index);
    }

    /// <summary>The records listed on the page, each as column key → cell text.</summary>
    private static async Task<List<Dictionary<string, string>>> ListedAsync(IPage page)
    {
        var listed = new List<Dictionary<string, string>>();
        foreach (var row in await page.GetByTestId("record-row").AllAsync())
        {
            var cells = new Dictionary<string, string>();
            foreach (var cell in await row.GetByTestId("record-cell").AllAsync())
            {
                cells[(await cell.GetAttributeAsync("data-key"))!] = (await cell.InnerTextAsync()).Trim();
            }

            listed.Add(cells);
        }

        return listed;
    }
}
