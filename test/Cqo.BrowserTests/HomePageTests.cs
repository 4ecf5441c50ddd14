using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserHost host)
{
    [Fact]
    public Task Home_page_shows_the_platform_name() => host.RunAsync(async page =>
    {
        var response = await page.GotoAsync("/");

        response.ShouldNotBeNull().Status.ShouldBe(200);
        // Auto-waiting assertions: when the circuit takes over the prerendered page, the interactive
        // HeadOutlet briefly empties <title> before rendering it again, so a one-shot read can see "".
        await Expect(page).ToHaveTitleAsync(new Regex("企业首席质量官"));
        var heading = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 });
        await Expect(heading).ToContainTextAsync("企业首席质量官");
    });
}
