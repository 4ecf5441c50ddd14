using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Cqo.BrowserTests.Oversight.SelectActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Oversight;

/// <summary>
/// Targets and snapshots: the municipal regulator defines a target in the dialog (the validator's messages under their
/// fields first), sees its progress, reaches it by lowering the goal and deletes it; and freezes a closed month, finds the
/// chain intact and compares the month with today.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OversightTargetsTests(BrowserHost host)
{
    [Fact]
    public Task The_municipal_regulator_creates_a_target_in_the_dialog_and_sees_its_progress() => host.RunAsync(async page =>
    {
        var tag = OversightData.NewTag();
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Pudong, 1,
            new DateOnly(2016, 2, 1), new DateOnly(2016, 6, 1), new DateOnly(2016, 10, 1));
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Xuhui, 4, new DateOnly(2016, 3, 1));
        var name = $"浏览器测试目标{tag}";

        await SignInAsync(page, "municipal", DemoPassword);
        await Expect(page.GetByTestId("nav-oversight-targets")).ToBeVisibleAsync();
        await page.GotoAsync("/oversight/targets");
        // The seeded targets of Shanghai's 2020 opinion are there, with their progress.
        await Expect(page.GetByTestId("target").Filter(new LocatorFilterOptions { HasText = "2022年底前规上企业新增首席质量官500名" })).ToHaveCountAsync(1);
        await ClickUntilAsync(page.GetByTestId("target-new"), page.GetByTestId("target-save"));

        // Nothing named and no goal: the validator's messages show under those two fields.
        await page.GetByTestId("target-save").ClickAsync();
        await Expect(ErrorOf(page, "#target-name")).Not.ToBeEmptyAsync();
        await Expect(ErrorOf(page, "#target-goal")).Not.ToBeEmptyAsync();
        await Expect(page.GetByTestId("target-save")).ToBeVisibleAsync();

        // Three new CQOs in Pudong in 2016 (Xuhui's does not count), against a goal of four.
        await page.Locator("#target-name").FillAsync(name);
        await ChooseAsync(page, page.GetByTestId("target-figure"), "新增首席质量官");
        await FillAsync(page, "#target-goal", "4");
        await FillAsync(page, "#target-from", "2016-01-01");
        await FillAsync(page, "#target-until", "2016-12-31");
        await ChooseAsync(page, page.GetByTestId("target-district"), OversightData.Pudong);
        await page.GetByTestId("target-save").ClickAsync();
        await Expect(page.GetByTestId("target-save")).ToHaveCountAsync(0);

        var target = page.GetByTestId("target").Filter(new LocatorFilterOptions { Has = page.GetByTestId("target-name").GetByText(name, new LocatorGetByTextOptions { Exact = true }) });
        var progress = target.GetByTestId("target-progress");
        await Expect(progress).ToHaveAttributeAsync("data-value", "3");
        await Expect(progress).ToHaveAttributeAsync("data-goal", "4");
        await Expect(progress).ToHaveAttributeAsync("data-percent", new Regex(@"^75(\.0)?$"));
        await Expect(progress).ToContainTextAsync("3 / 4 件（75%）");
        await Expect(target.GetByTestId("target-scope")).ToContainTextAsync("浦东新区");
        await Expect(target).ToHaveAttributeAsync("data-reached", "false");
        await Expect(target.GetByTestId("target-about")).ToContainTextAsync("2016-01-01 至 2016-12-31");

        // A goal of three is reached.
        await target.GetByTestId("target-edit").ClickAsync();
        await FillAsync(page, "#target-goal", "3");
        await page.GetByTestId("target-save").ClickAsync();
        await Expect(page.GetByTestId("target-save")).ToHaveCountAsync(0);
        await Expect(target).ToHaveAttributeAsync("data-reached", "true");
        await Expect(target.GetByTestId("target-reached")).ToBeVisibleAsync();

        // Deleted after a confirmation naming it.
        await target.GetByTestId("target-delete").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync(name);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确定" }).ClickAsync();
        await Expect(target).ToHaveCountAsync(0);
    });

    [Fact]
    public Task An_auditor_sees_targets_without_editing_them_or_naming_enterprises() => host.RunAsync(async page =>
    {
        await SignInAsync(page, "auditor", DemoPassword);
        await page.GotoAsync("/oversight/targets");
        var coverage = page.GetByTestId("target").Filter(new LocatorFilterOptions { HasText = "政府质量奖获奖企业全部设立首席质量官" });
        await Expect(coverage.GetByTestId("target-progress")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("target-new")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("target-edit")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("target-shortfall-toggle")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task The_municipal_regulator_freezes_a_closed_month_verifies_the_chain_and_compares_it_with_today() => host.RunAsync(async page =>
    {
        var tag = OversightData.NewTag();
        // A month of its own, in years no other test writes to (each run of the suite gets a fresh database).
        var month = new DateOnly(2010 + (tag % 3), 1 + (tag % 12), 1);
        var key = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await OversightData.ApprovedFilingsAsync(host.Services, tag, OversightData.Xuhui, 1, month.AddDays(9), month.AddDays(19));

        await SignInAsync(page, "municipal", DemoPassword);
        await page.GotoAsync("/oversight/snapshots");
        // The check answers once the page is connected; then the form takes typing.
        await ClickUntilAsync(page.GetByTestId("snapshots-verify"), page.GetByTestId("snapshots-verification"));
        await FillAsync(page, "#freeze-period", key);
        await page.GetByTestId("freeze-submit").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"已冻结 {key}");

        var row = page.Locator($"[data-testid='snapshot-row'][data-period='{key}']");
        await Expect(row).ToHaveCountAsync(1);
        await page.GetByTestId("snapshots-verify").ClickAsync();
        await Expect(page.GetByTestId("snapshots-verification")).ToHaveAttributeAsync("data-intact", "true");

        // New CQOs by district: Xuhui's two, frozen and now alike.
        await row.GetByTestId("snapshot-compare").ClickAsync();
        var xuhui = page.Locator($"[data-testid='compare-row'][data-code='{OversightData.Xuhui}']");
        await Expect(xuhui.GetByTestId("compare-frozen")).ToHaveTextAsync("2");
        await Expect(xuhui.GetByTestId("compare-now")).ToHaveTextAsync("2");
        await Expect(xuhui.GetByTestId("compare-difference")).ToHaveTextAsync("0");

        // Freezing it again changes nothing.
        await FillAsync(page, "#freeze-period", key);
        await page.GetByTestId("freeze-submit").ClickAsync();
        await Expect(page.Locator(".mud-snackbar").Last).ToContainTextAsync($"{key} 已冻结过");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(page).ToHaveURLAsync(new Regex("/oversight/snapshots$"));
    });

    /// <summary>The error text under the field whose input is <paramref name="input"/>.</summary>
    private static ILocator ErrorOf(IPage page, string input) =>
        page.Locator(".mud-input-control").Filter(new LocatorFilterOptions { Has = page.Locator(input) }).Locator(".mud-input-helper-text.mud-input-error");

    private static async Task FillAsync(IPage page, string input, string text)
    {
        await page.Locator(input).FillAsync(text);
        await page.Locator(input).PressAsync("Tab");
    }
}
