using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Certification;

/// <summary>
/// The municipal regulator issues a certificate by hand on the certificates page: the enterprise found by its USCC, the
/// person picked among its staff, the reason required (its message names the field); the new certificate is announced,
/// shown and listed as valid. A district regulator may not issue and sees no button for it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ManualIssueTests(BrowserHost host)
{
    [Fact]
    public Task The_municipal_regulator_issues_a_certificate_by_hand_to_a_person_in_the_registry() => host.RunAsync(async page =>
    {
        var person = await Certificates.NewPersonAsync(host.Services);

        await SignInAsync(page, "municipal", DemoPassword);
        await page.GotoAsync("/certification/certificates");
        var enterprise = page.Locator("#issue-enterprise");
        await ClickUntilAsync(page.GetByTestId("certificate-issue"), enterprise);

        // 1. The enterprise, by its code.
        await enterprise.FillAsync(Certificates.DemoUscc);
        var option = page.Locator($".mud-popover-open [data-testid='issue-enterprise-option'][data-uscc='{Certificates.DemoUscc}']");
        await Expect(option).ToHaveCountAsync(1);
        await option.ClickAsync();
        await Expect(page.GetByTestId("officer-list")).ToBeVisibleAsync();

        // 2. The person, among its staff.
        await page.Locator("#officer-search").FillAsync(person.Name);
        var row = page.GetByTestId("officer-row").Filter(new LocatorFilterOptions { HasText = person.Name });
        await Expect(page.GetByTestId("officer-row")).ToHaveCountAsync(1);
        await row.ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-selected", "true");

        // 3. The reason is required, and the message, next to its field, names it.
        await page.GetByTestId("issue-confirm").ClickAsync();
        var reasonField = page.Locator(".mud-input-control").Filter(new LocatorFilterOptions { Has = page.Locator("#issue-reason") });
        await Expect(reasonField).ToContainTextAsync("“颁发理由”为必填项。");
        await Expect(page.Locator("#issue-reason")).ToBeVisibleAsync();
        await page.Locator("#issue-reason").FillAsync("外省培训证书认定");
        await page.GetByTestId("issue-confirm").ClickAsync();
        await Expect(page.Locator("#issue-reason")).ToHaveCountAsync(0);

        // The new certificate opens; the snackbar names it and its holder.
        var detail = page.GetByTestId("certificate-detail");
        await Expect(detail).ToBeVisibleAsync();
        var number = await detail.GetAttributeAsync("data-number");
        number.ShouldNotBeNullOrEmpty();
        await Expect(page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = $"已为 {person.Name} 颁发证书 {number}。" })).ToBeVisibleAsync();
        await Expect(detail.GetByTestId("detail-status")).ToHaveTextAsync("有效");
        await Expect(detail).ToContainTextAsync(person.Name);
        await Expect(detail.GetByTestId("certificate-change")).ToHaveCountAsync(1);
        await Expect(detail.GetByTestId("certificate-change-reason")).ToContainTextAsync("外省培训证书认定");
        await page.GetByTestId("detail-close").ClickAsync();
        await Expect(detail).ToHaveCountAsync(0);

        // And it is in the list: valid, in the person's name.
        var listed = await CertificationAcceptanceTests.FindAsync(page, number);
        await Expect(listed.GetByTestId("certificate-status")).ToHaveTextAsync("有效");
        await Expect(listed).ToContainTextAsync(person.Name);
    });

    [Fact]
    public Task A_district_regulator_sees_no_manual_issue() => host.RunAsync(async page =>
    {
        await SignInAsync(page, "pudong", DemoPassword);
        await page.GotoAsync("/certification/certificates");
        await Expect(page.GetByTestId("certificates-csv")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("certificate-issue")).ToHaveCountAsync(0);
    });
}
