using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Cqo.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserHost host)
{
    [Fact]
    public Task Home_page_shows_the_platform_name() => host.RunAsync(async page =>
    {
        var response = await page.GotoAsync("/");

        response.ShouldNotBeNull().Status.ShouldBe(200);
        (await page.TitleAsync()).ShouldContain("企业首席质量官");
        var heading = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 });
        (await heading.InnerTextAsync()).ShouldContain("企业首席质量官");
    });
}
