using System.Globalization;
using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Certification;

/// <summary>
/// The certificate pages besides the scan path: the public form and its answers (without JavaScript), the officer's
/// own certificates with the link to share, a district regulator's suspension and reinstatement, and the
/// municipal regulator's re-issue, whose old public link leads to the new certificate.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CertificationPageTests(BrowserHost host)
{
    [Fact]
    public async Task The_public_form_verifies_a_number_on_a_day_and_an_unknown_number_is_not_found()
    {
        var certificate = await Certificates.IssuedByHandAsync(host.Services);
        var today = TimeProvider.System.Today();
        var page = await host.NewPageAsync(javaScriptEnabled: false);
        try
        {
            // The public menu leads to the form; the number is typed in lower case with blanks around it.
            await page.GotoAsync("/announcements");
            await page.GetByTestId("public-verify").ClickAsync();
            await Expect(page).ToHaveURLAsync(VerifyUrl());
            await page.GetByTestId("verify-input").FillAsync($"  {certificate.Number.ToLowerInvariant()} ");
            await page.GetByTestId("verify-as-of").FillAsync(Day(today.AddDays(-1)));
            await page.GetByTestId("verify-submit").ClickAsync();
            await Expect(page.GetByTestId("verify-number")).ToHaveTextAsync(certificate.Number);
            await Expect(page.GetByTestId("verify-status")).ToHaveTextAsync("有效");
            await Expect(page.GetByTestId("verify-status-on")).ToHaveTextAsync($"在 {Day(today.AddDays(-1))} 的状态：该日尚未发证。");

            await page.GotoAsync($"/verify/{certificate.Number}?asOf={Day(today)}");
            await Expect(page.GetByTestId("verify-status-on")).ToHaveAttributeAsync("data-status", "Valid");
            await Expect(page.GetByTestId("verify-status-on")).ToContainTextAsync($"在 {Day(today)} 的状态：");
            await Expect(page.GetByTestId("verify-status-on")).ToContainTextAsync("有效");
            await Expect(page.GetByTestId("verify-valid-until")).ToHaveTextAsync(Day(certificate.ValidUntil!.Value));

            var response = await page.GotoAsync("/verify/SHCQO-1999-310115-999999");
            response!.Status.ShouldBe(404);
            await Expect(page.GetByTestId("verify-not-found")).ToContainTextAsync("未找到该证书");
            await Expect(page.GetByTestId("verify-status")).ToHaveCountAsync(0);
        }
        catch
        {
            await SaveFailureAsync(page, $"{nameof(CertificationPageTests)}.public");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public Task The_officer_sees_their_certificate_with_the_link_to_share() => host.RunAsync(async page =>
    {
        var certificate = await Certificates.IssuedToDemoOfficerAsync(host.Services, $"浏览器测试：聘任培训{Random.Shared.Next(100_000, 1_000_000)}");
        var link = new Uri(host.BaseUrl, $"verify/{certificate.Number}").AbsoluteUri;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);

        await SignInAsync(page, "officer", DemoPassword);
        await Expect(page.GetByTestId("nav-certificates")).ToHaveCountAsync(0);
        // The menu offers the page; it is opened by address, as a click on a prerendered link may come before the circuit.
        await Expect(page.GetByTestId("nav-my-certificates")).ToBeVisibleAsync();
        await page.GotoAsync("/certification/mine");
        var card = page.Locator($"[data-testid='my-certificate'][data-number='{certificate.Number}']");
        await Expect(card.GetByTestId("my-certificate-number")).ToHaveTextAsync(certificate.Number);
        await Expect(card.GetByTestId("certificate-status")).ToHaveTextAsync("有效");
        await Expect(card.GetByTestId("my-certificate-course")).ToHaveTextAsync(certificate.CourseTitle!);
        await Expect(card.GetByTestId("my-certificate-issued")).ToHaveTextAsync(Day(certificate.IssuedOn));
        await Expect(card.GetByTestId("my-certificate-valid-until")).ToHaveTextAsync(Day(certificate.ValidUntil!.Value));
        var share = card.GetByTestId("my-certificate-share");
        await Expect(share).ToHaveTextAsync(link);
        await Expect(share).ToHaveAttributeAsync("href", link);

        // The copy button puts the link on the clipboard.
        await ClickUntilAsync(card.GetByTestId("my-certificate-copy"), page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = "链接已复制" }));
        (await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).ShouldBe(link);

        // The link is the public page.
        await page.GotoAsync(link);
        await Expect(page.GetByTestId("verify-status")).ToHaveTextAsync("有效");
    });

    [Fact]
    public Task A_district_regulator_suspends_and_reinstates_but_may_not_revoke() => host.RunAsync(async page =>
    {
        var certificate = await Certificates.IssuedByHandAsync(host.Services);

        await SignInAsync(page, "pudong", DemoPassword);
        await page.GotoAsync("/certification/certificates");
        var row = await CertificationAcceptanceTests.FindAsync(page, certificate.Number);
        await Expect(row.GetByTestId("certificate-status")).ToHaveTextAsync("有效");
        await Expect(row.GetByTestId("certificate-suspend")).ToBeVisibleAsync();
        await Expect(row.GetByTestId("certificate-revoke")).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("certificate-reissue")).ToHaveCountAsync(0);

        await ClickUntilAsync(row.GetByTestId("certificate-suspend"), page.GetByTestId("step-reason"));
        await Expect(page.GetByTestId("step-message")).ToContainTextAsync(certificate.Number);
        await Expect(page.GetByTestId("step-evidence")).ToHaveCountAsync(0);
        await page.Locator("#step-reason").FillAsync("企业被列入严重违法失信名单，核查期间暂停");
        await page.GetByTestId("step-confirm").ClickAsync();
        await Expect(row.GetByTestId("certificate-status")).ToHaveTextAsync("已暂停");
        await Expect(row.GetByTestId("certificate-suspend")).ToHaveCountAsync(0);

        await row.GetByTestId("certificate-reinstate").ClickAsync();
        await page.Locator("#step-reason").FillAsync("核查完毕，恢复");
        await page.GetByTestId("step-confirm").ClickAsync();
        await Expect(row.GetByTestId("certificate-status")).ToHaveTextAsync("有效");

        // A district regulator sees its own district only: there is no district to pick.
        await Expect(page.GetByTestId("certificates-district")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task The_municipal_regulator_reissues_and_the_old_link_leads_to_the_new_certificate() => host.RunAsync(async page =>
    {
        var certificate = await Certificates.IssuedByHandAsync(host.Services);

        await SignInAsync(page, "municipal", DemoPassword);
        await page.GotoAsync("/certification/certificates");
        var row = await CertificationAcceptanceTests.FindAsync(page, certificate.Number);
        await ClickUntilAsync(row.GetByTestId("certificate-open"), page.GetByTestId("certificate-detail"));
        var detail = page.GetByTestId("certificate-detail");
        await page.Locator(".mud-dialog").GetByTestId("certificate-reissue").ClickAsync();
        await Expect(page.GetByTestId("step-message")).ToContainTextAsync(certificate.Number);
        await page.Locator("#step-reason").FillAsync("原证书遗失，申请补发");
        await page.GetByTestId("step-confirm").ClickAsync();

        // The dialog now shows the new certificate, which names the one it replaces; the old one reads replaced.
        await Expect(detail).Not.ToHaveAttributeAsync("data-number", certificate.Number);
        var successor = await detail.GetAttributeAsync("data-number");
        successor.ShouldNotBeNull();
        await Expect(detail.GetByTestId("detail-status")).ToHaveTextAsync("有效");
        await Expect(detail).ToContainTextAsync(certificate.Number);
        await Expect(row.GetByTestId("certificate-status")).ToHaveTextAsync("已换发");

        var visitor = await host.NewPageAsync(javaScriptEnabled: false);
        try
        {
            await visitor.GotoAsync($"/verify/{certificate.Number}");
            await Expect(visitor.GetByTestId("verify-status")).ToHaveTextAsync("已换发");
            await visitor.GetByTestId("verify-replaced-by").ClickAsync();
            await Expect(visitor.GetByTestId("verify-number")).ToHaveTextAsync(successor);
            await Expect(visitor.GetByTestId("verify-status")).ToHaveTextAsync("有效");
        }
        finally
        {
            await visitor.Context.CloseAsync();
        }
    });

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("/verify$")]
    private static partial Regex VerifyUrl();
}
