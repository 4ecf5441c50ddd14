using Cqo.BrowserTests.Certification;
using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Registry;

/// <summary>
/// Script injection through a name: a person recorded with markup in their name (the API accepts any
/// text there) is shown back as that text on the pages that list them, and nothing of it runs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MarkupInNamesTests(BrowserHost host)
{
    private const string Markup = "<img src=x onerror=\"window.__xss=1;alert(1)\"><script>window.__xss=2</script>";

    [Fact]
    public Task A_name_with_markup_is_shown_as_text_and_never_runs() => host.RunAsync(async page =>
    {
        var certificate = await Certificates.IssuedByHandAsync(host.Services, namePrefix: Markup);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await SignInAsync(page, "municipal", DemoPassword);
        await page.GotoAsync("/certification/certificates");
        var row = await CertificationAcceptanceTests.FindAsync(page, certificate.Number);
        await Expect(row).ToContainTextAsync(certificate.HolderName);
        await ShouldNotHaveRunAsync(page);

        await page.GotoAsync($"/registry/people?enterpriseId={Cqo.Reference.Contracts.Identifiers.OrganisationIds.FromUscc(Certificates.DemoUscc)}");
        var person = page.GetByTestId("person-row").Filter(new LocatorFilterOptions { HasText = certificate.HolderName });
        await Expect(person).ToHaveCountAsync(1);
        await ShouldNotHaveRunAsync(page);
        dialogs.ShouldBe(0);
    });

    private static async Task ShouldNotHaveRunAsync(IPage page)
    {
        (await page.EvaluateAsync<bool>("() => window.__xss === undefined")).ShouldBeTrue("the name's script ran");
        (await page.Locator("img[src='x']").CountAsync()).ShouldBe(0, "the name's markup became an element");
    }
}
