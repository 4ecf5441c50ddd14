using Cqo.BrowserTests.Infrastructure;
using Cqo.Reference.Contracts.Identifiers;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Certification;

/// <summary>
/// The certification issue's acceptance criterion, the scan path: a freshly issued certificate's public link,
/// opened in a browser without JavaScript, reads 有效; the municipal regulator finds the certificate by its
/// number and revokes it with a reason through the dialog; the same link then reads 已撤销.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CertificationAcceptanceTests(BrowserHost host)
{
    [Fact]
    public Task A_revoked_certificate_reads_revoked_on_its_public_link_without_JavaScript() => host.RunAsync(async regulator =>
    {
        var certificate = await Certificates.IssuedByHandAsync(host.Services);
        var link = $"/verify/{certificate.Number}";
        const string reason = "经核查，培训记录系伪造";
        const string evidence = "沪市监质〔2026〕12号";

        var visitor = await host.NewPageAsync(javaScriptEnabled: false);
        try
        {
            // 1. Anyone scans the certificate's code: the static page answers without JavaScript.
            var response = await visitor.GotoAsync(link);
            response!.Status.ShouldBe(200);
            await Expect(visitor.GetByTestId("verify-status")).ToHaveTextAsync("有效");
            await Expect(visitor.GetByTestId("verify-number")).ToHaveTextAsync(certificate.Number);
            await Expect(visitor.GetByTestId("verify-holder")).ToHaveTextAsync(PersonalNameMask.Mask(certificate.HolderName));

            // 2. The municipal regulator finds the certificate by its number and revokes it, with a reason and its document number.
            await SignInAsync(regulator, "municipal", DemoPassword);
            await Expect(regulator.GetByTestId("nav-certificates")).ToBeVisibleAsync();
            await regulator.GotoAsync("/certification/certificates");
            var row = await FindAsync(regulator, certificate.Number);
            await ClickUntilAsync(row.GetByTestId("certificate-revoke"), regulator.GetByTestId("step-reason"));
            await Expect(regulator.GetByTestId("step-message")).ToContainTextAsync(certificate.Number);

            // The reason is required, and the message names the field.
            await regulator.GetByTestId("step-confirm").ClickAsync();
            await Expect(regulator.Locator(".mud-dialog")).ToContainTextAsync("“撤销理由”为必填项。");
            await regulator.Locator("#step-reason").FillAsync(reason);
            await regulator.Locator("#step-evidence").FillAsync(evidence);
            await regulator.GetByTestId("step-confirm").ClickAsync();
            await Expect(regulator.GetByTestId("step-reason")).ToHaveCountAsync(0);
            await Expect(row.GetByTestId("certificate-status")).ToHaveTextAsync("已撤销");
            await Expect(row.GetByTestId("certificate-revoke")).ToHaveCountAsync(0);

            // The history records the step, its reason, evidence and time.
            await row.GetByTestId("certificate-open").ClickAsync();
            var detail = regulator.GetByTestId("certificate-detail");
            await Expect(detail).ToHaveAttributeAsync("data-number", certificate.Number);
            var changes = detail.GetByTestId("certificate-change");
            await Expect(changes).ToHaveCountAsync(2);
            await Expect(changes.Nth(0)).ToHaveAttributeAsync("data-kind", "Issued");
            await Expect(changes.Nth(1)).ToHaveAttributeAsync("data-kind", "Revoked");
            await Expect(changes.Nth(1)).ToContainTextAsync("撤销");
            await Expect(changes.Nth(1).GetByTestId("certificate-change-reason")).ToContainTextAsync(reason);
            await Expect(changes.Nth(1).GetByTestId("certificate-change-evidence")).ToContainTextAsync(evidence);
            await Expect(changes.Nth(1)).ToContainTextAsync("市局审核员");

            // 3. The same link, scanned again: revoked.
            response = await visitor.ReloadAsync();
            response!.Status.ShouldBe(200);
            await Expect(visitor.GetByTestId("verify-status")).ToHaveTextAsync("已撤销");
            await Expect(visitor.GetByTestId("verify-status")).ToHaveAttributeAsync("data-status", "Revoked");
        }
        catch
        {
            await SaveFailureAsync(visitor, "CertificationAcceptanceTests.visitor");
            throw;
        }
        finally
        {
            await visitor.Context.CloseAsync();
        }
    });

    /// <summary>
    /// Types the number into the list's search until the list shows only that certificate: typed into the
    /// prerendered box before the circuit connects, the text never reaches the server.
    /// </summary>
    internal static async Task<ILocator> FindAsync(IPage page, string number, int attempts = 8)
    {
        var search = page.Locator("#certificates-search");
        var rows = page.GetByTestId("certificate-row");
        for (var attempt = 1; ; attempt++)
        {
            await search.FillAsync(number);
            try
            {
                await Expect(rows).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 2_000 });
                await Expect(rows.First).ToHaveAttributeAsync("data-number", number, new LocatorAssertionsToHaveAttributeOptions { Timeout = 2_000 });
                return rows.First;
            }
            catch (PlaywrightException) when (attempt < attempts)
            {
                // Not connected yet, or the debounce has not fired: type it again.
                await search.FillAsync("");
            }
        }
    }
}
