using System.Text;
using Cqo.BrowserTests.Infrastructure;
using Cqo.Certification.Endpoints;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Certification;

/// <summary>
/// A certificate's files from the signed-in pages: the officer's PDF and signed credential links answer the files (fetched
/// with the page's cookies), and the regulator's CSV export carries the list's filters and the detail dialog the PDF.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CertificateFilesTests(BrowserHost host)
{
    [Fact]
    public Task The_officer_downloads_the_PDF_and_the_signed_credential_of_their_certificate() => host.RunAsync(async page =>
    {
        var certificate = await Certificates.IssuedToDemoOfficerAsync(host.Services, $"浏览器测试：证书文件{Random.Shared.Next(100_000, 1_000_000)}");

        await SignInAsync(page, "officer", DemoPassword);
        await page.GotoAsync("/certification/mine");
        var card = page.Locator($"[data-testid='my-certificate'][data-number='{certificate.Number}']");
        var pdf = card.GetByTestId("my-certificate-pdf");
        await Expect(pdf).ToHaveAttributeAsync("href", $"/certification/certificates/{certificate.Id}/pdf");
        await Expect(pdf).ToHaveAttributeAsync("download", $"{certificate.Number}.pdf");
        await Expect(card).ToContainTextAsync("/api/public/credentials/jwks.json");

        var response = await page.APIRequest.GetAsync((await pdf.GetAttributeAsync("href"))!);
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith("application/pdf");
        Encoding.ASCII.GetString((await response.BodyAsync())[..5]).ShouldBe("%PDF-");

        var credential = card.GetByTestId("my-certificate-credential");
        await Expect(credential).ToHaveAttributeAsync("download", $"{certificate.Number}.jwt");
        response = await page.APIRequest.GetAsync((await credential.GetAttributeAsync("href"))!);
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith(CredentialEndpoints.JwtContentType);
        (await response.TextAsync()).Split('.').Length.ShouldBe(3, "a compact JWS: header, payload, signature");

        // Without the sign-in cookie the file is not served.
        var stranger = await host.NewPageAsync();
        try
        {
            var anonymous = await stranger.APIRequest.GetAsync((await pdf.GetAttributeAsync("href"))!, new APIRequestContextOptions { MaxRedirects = 0 });
            anonymous.Ok.ShouldBeFalse();
        }
        finally
        {
            await stranger.Context.CloseAsync();
        }
    });

    [Fact]
    public Task The_regulator_exports_the_filtered_list_as_CSV_and_downloads_a_PDF_from_the_detail() => host.RunAsync(async page =>
    {
        var certificate = await Certificates.IssuedByHandAsync(host.Services);

        await SignInAsync(page, "municipal", DemoPassword);
        await page.GotoAsync("/certification/certificates");
        var row = await CertificationAcceptanceTests.FindAsync(page, certificate.Number);

        // The export carries the search: the file holds that certificate alone.
        var csv = page.GetByTestId("certificates-csv");
        await Expect(csv).ToHaveAttributeAsync("href", $"/certification/certificates.csv?search={certificate.Number}");
        var response = await page.APIRequest.GetAsync((await csv.GetAttributeAsync("href"))!);
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith("text/csv");
        var lines = (await response.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Length.ShouldBe(2, "the header and the one certificate found");
        lines[1].ShouldContain(certificate.Number);

        await ClickUntilAsync(row.GetByTestId("certificate-open"), page.GetByTestId("certificate-detail"));
        var pdf = page.GetByTestId("certificate-detail").GetByTestId("detail-pdf");
        await Expect(pdf).ToHaveAttributeAsync("href", $"/certification/certificates/{certificate.Id}/pdf");
        response = await page.APIRequest.GetAsync((await pdf.GetAttributeAsync("href"))!);
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith("application/pdf");
    });
}
