using System.Globalization;
using Cqo.BrowserTests.Infrastructure;
using Cqo.BrowserTests.Training;
using Cqo.Certification.Application;
using Cqo.Certification.Application.Credits;
using Cqo.Certification.Application.Renewal;
using Cqo.Certification.Contracts;
using Cqo.Identity.Domain;
using Cqo.SharedKernel.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Certification;

/// <summary>
/// Continuing education and renewal: an officer logs external hours through the dialog (a missing evidence is named) with a
/// scan attached, the municipal regulator downloads the scan and approves the hours on the review page, and the officer sees
/// them approved; with the hours there, an
/// officer renews a certificate near its end from their certificates and sees the new one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContinuingEducationTests(BrowserHost host)
{
    private static readonly byte[] s_scan = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public Task An_officer_logs_external_hours_which_the_municipal_regulator_approves() => host.RunAsync(async officer =>
    {
        var title = $"浏览器测试：质量管理体系内审员培训{Random.Shared.Next(100_000, 1_000_000)}";
        var holder = await DemoOfficerNameAsync();

        // 1. The officer opens continuing education from the menu and logs 8 hours, first without evidence.
        await SignInAsync(officer, "officer", DemoPassword);
        await Expect(officer.GetByTestId("nav-credits-review")).ToHaveCountAsync(0);
        // The menu offers the page; it is opened by address, as a click on a prerendered link may come before the circuit.
        await Expect(officer.GetByTestId("nav-credits")).ToBeVisibleAsync();
        await officer.GotoAsync("/certification/credits");
        await ClickUntilAsync(officer.GetByTestId("credit-log"), officer.Locator("#credit-title"));
        await officer.Locator("#credit-title").FillAsync(title);
        await officer.Locator("#credit-hours").FillAsync("8");
        await officer.GetByTestId("credit-save").ClickAsync();
        await Expect(officer.Locator(".mud-dialog")).ToContainTextAsync("“证明材料”为必填项。");

        // With a scan of the completion record attached: a small PDF, uploaded once the hours are logged.
        await officer.Locator("#credit-evidence").FillAsync("结业证书编号 QMS-2026-0815");
        await officer.Locator("[data-testid='credit-file'] input[type='file']").SetInputFilesAsync(new FilePayload
        {
            Name = "结业证书.pdf",
            MimeType = "application/pdf",
            Buffer = s_scan,
        });
        await Expect(officer.GetByTestId("credit-file-name")).ToHaveTextAsync("结业证书.pdf");
        await officer.GetByTestId("credit-save").ClickAsync();
        await Expect(officer.Locator("#credit-title")).ToHaveCountAsync(0);
        var row = officer.Locator($"[data-testid='credit-row'][data-title='{title}']");
        await Expect(row.GetByTestId("credit-status")).ToHaveTextAsync("待审核");
        await Expect(row.GetByTestId("credit-hours")).ToHaveTextAsync("8");
        await Expect(row.GetByTestId("credit-evidence-link")).ToHaveTextAsync("结业证书.pdf");

        // 2. The municipal regulator finds the pending hours and approves them; the dialog names the person and the hours.
        var regulator = await host.NewPageAsync();
        try
        {
            await SignInAsync(regulator, "municipal", DemoPassword);
            await Expect(regulator.GetByTestId("nav-credits-review")).ToBeVisibleAsync();
            await regulator.GotoAsync("/certification/credits/review");
            var pending = await FindAsync(regulator, title);
            await Expect(pending.GetByTestId("credit-holder")).ToHaveTextAsync(holder);
            await Expect(pending.GetByTestId("credit-status")).ToHaveTextAsync("待审核");
            var download = await regulator.RunAndWaitForDownloadAsync(() => pending.GetByTestId("credit-evidence-link").ClickAsync());
            download.SuggestedFilename.ShouldBe("结业证书.pdf");
            (await File.ReadAllBytesAsync((await download.PathAsync())!)).ShouldBe(s_scan);
            await ClickUntilAsync(pending.GetByTestId("credit-approve"), regulator.GetByTestId("reason-confirm"));
            await Expect(regulator.GetByTestId("reason-message")).ToContainTextAsync(holder);
            await Expect(regulator.GetByTestId("reason-message")).ToContainTextAsync("8 学时");
            await regulator.GetByTestId("reason-confirm").ClickAsync();
            await Expect(regulator.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = $"已认定 {holder} 的 8 学时" })).ToBeVisibleAsync();

            // Reviewed, it leaves the pending list.
            await Expect(regulator.GetByTestId("credit-row")).ToHaveCountAsync(0);
            await Expect(regulator.GetByTestId("credits-empty")).ToBeVisibleAsync();
        }
        catch
        {
            await SaveFailureAsync(regulator, $"{nameof(ContinuingEducationTests)}.regulator");
            throw;
        }
        finally
        {
            await regulator.Context.CloseAsync();
        }

        // 3. The officer sees the hours approved.
        await officer.ReloadAsync();
        await Expect(row.GetByTestId("credit-status")).ToHaveTextAsync("已认定");
    });

    [Fact]
    public Task An_officer_renews_a_certificate_near_its_end_once_the_hours_are_approved() => host.RunAsync(async page =>
    {
        var old = await Certificates.NearItsEndForDemoOfficerAsync(host.Services);
        var rule = host.Services.GetRequiredService<IOptions<CertificationOptions>>().Value.Renewal;
        var lastDay = old.ValidUntil!.Value;
        var before = await HoursTowardsAsync(old.Id);
        before.ShouldBeLessThan(rule.RequiredHours, "the demo officer's hours from other tests must leave this one short");

        // Short of hours: the progress and window show, with why not yet, and no button.
        await SignInAsync(page, "officer", DemoPassword);
        await page.GotoAsync("/certification/mine");
        var card = page.Locator($"[data-testid='my-certificate'][data-number='{old.Number}']");
        var renewal = card.GetByTestId("renewal");
        await Expect(renewal).ToHaveAttributeAsync("data-eligible", "false");
        await Expect(card.GetByTestId("renewal-hours")).ToHaveTextAsync($"已认定 {Hours(before)} / {Hours(rule.RequiredHours)} 学时");
        await Expect(card.GetByTestId("renewal-window")).ToHaveTextAsync(
            $"续期办理时间：{Day(lastDay.AddDays(-rule.WindowDaysBefore))} 至 {Day(lastDay.AddDays(rule.WindowDaysAfter))}");
        await Expect(card.GetByTestId("renewal-blocker")).ToContainTextAsync($"续期需要 {Hours(rule.RequiredHours)} 学时");
        await Expect(card.GetByTestId("renewal-renew")).ToHaveCountAsync(0);

        // The missing hours, logged by the officer and approved by the municipal regulator behind the UI.
        await ApprovedHoursAsync(rule.RequiredHours - before);
        await page.ReloadAsync();
        await Expect(renewal).ToHaveAttributeAsync("data-eligible", "true");
        await Expect(card.GetByTestId("renewal-hours")).ToHaveTextAsync($"已认定 {Hours(rule.RequiredHours)} / {Hours(rule.RequiredHours)} 学时");

        // Renewal is confirmed in a dialog naming the number.
        var confirm = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确定" });
        await ClickUntilAsync(card.GetByTestId("renewal-renew"), confirm);
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync(old.Number);
        await confirm.ClickAsync();

        // The old certificate reads replaced and names its successor, which is valid and runs on from the old last day.
        await Expect(card.GetByTestId("certificate-status")).ToHaveTextAsync("已换发");
        await Expect(card.GetByTestId("renewal")).ToHaveCountAsync(0);
        var successor = (await card.GetByTestId("my-certificate-replaced-by").TextContentAsync())?.Trim();
        successor.ShouldNotBeNullOrEmpty();
        successor.ShouldNotBe(old.Number);
        await Expect(page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = successor })).ToBeVisibleAsync();
        var renewed = page.Locator($"[data-testid='my-certificate'][data-number='{successor}']");
        await Expect(renewed.GetByTestId("certificate-status")).ToHaveTextAsync("有效");
        await Expect(renewed.GetByTestId("my-certificate-valid-until")).ToHaveTextAsync(Day(lastDay.AddYears(3)));
    });

    /// <summary>
    /// Types into the review list's search until it shows only that entry: typed into the prerendered box before the
    /// circuit connects, the text never reaches the server.
    /// </summary>
    private static async Task<ILocator> FindAsync(IPage page, string title, int attempts = 8)
    {
        var search = page.Locator("#credits-search");
        var rows = page.GetByTestId("credit-row");
        for (var attempt = 1; ; attempt++)
        {
            await search.FillAsync(title);
            try
            {
                await Expect(rows).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 2_000 });
                await Expect(rows.First).ToHaveAttributeAsync("data-title", title, new LocatorAssertionsToHaveAttributeOptions { Timeout = 2_000 });
                return rows.First;
            }
            catch (PlaywrightException) when (attempt < attempts)
            {
                // Not connected yet, or the debounce has not fired: type it again.
                await search.FillAsync("");
            }
        }
    }

    private async Task<string> DemoOfficerNameAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var officer = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync("officer");
        return officer?.DisplayName ?? throw new InvalidOperationException("The demo officer account is missing.");
    }

    /// <summary>The demo officer's approved hours towards <paramref name="certificateId"/>, as their page reads them.</summary>
    private async Task<decimal> HoursTowardsAsync(Guid certificateId)
    {
        await using var officer = await TrainingActors.ActingAsAsync(host.Services, "officer");
        return (await officer.ServiceProvider.GetRequiredService<RenewCertificate>().ProgressAsync(certificateId, CancellationToken.None)).Hours;
    }

    /// <summary>External hours completed today, logged by the demo officer and approved by the municipal regulator, through the ledger.</summary>
    private async Task ApprovedHoursAsync(decimal hours)
    {
        CreditDto logged;
        await using (var officer = await TrainingActors.ActingAsAsync(host.Services, "officer"))
        {
            var today = officer.ServiceProvider.GetRequiredService<TimeProvider>().Today();
            logged = await officer.ServiceProvider.GetRequiredService<CreditLedger>().LogAsync(
                new LogCreditRequest("浏览器测试：质量论坛", hours, today, "参会证明 2026-QF-001"), CancellationToken.None);
        }

        await using var municipal = await TrainingActors.ActingAsAsync(host.Services, "municipal");
        await municipal.ServiceProvider.GetRequiredService<CreditLedger>().ReviewAsync(
            logged.Id, new ReviewCreditRequest(logged.ConcurrencyStamp, Approve: true), CancellationToken.None);
    }

    private static string Hours(decimal hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
