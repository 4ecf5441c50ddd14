using Cqo.BrowserTests.Infrastructure;
using Cqo.Identity.Domain;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Training;

/// <summary>A new provider's administrator registers the organisation, which then waits for the municipal regulator.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProviderRegistrationTests(BrowserHost host)
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] s_weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    [Fact]
    public Task A_provider_administrator_registers_the_organisation_for_review() => host.RunAsync(async page =>
    {
        var uscc = NewUscc();
        var userName = $"provider-{uscc[^6..].ToLowerInvariant()}";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = new UserAccount(Guid.NewGuid(), userName, "新机构管理员", new DataScope(ScopeKind.TrainingProvider, OrganisationIds.FromUscc(uscc)));
            (await users.CreateAsync(user, DemoPassword)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, StandardRoles.ProviderAdmin)).Succeeded.ShouldBeTrue();
        }

        await SignInAsync(page, userName, DemoPassword);
        await Expect(page.GetByTestId("nav-provider-profile")).ToBeVisibleAsync();
        await page.GotoAsync("/training/provider");
        await Expect(page.GetByTestId("provider-profile-unregistered")).ToBeVisibleAsync();

        // Prerendered: the district list opens only once the circuit is up, and typing is kept from then on.
        await ClickUntilAsync(page.GetByTestId("provider-profile-district"), page.GetByRole(AriaRole.Option, new() { Name = "徐汇区" }));
        await page.GetByRole(AriaRole.Option, new() { Name = "徐汇区" }).ClickAsync();
        // The list's closing re-renders the form: typing before it ends can be rendered away (a CI run lost the USCC so).
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "徐汇区" })).ToHaveCountAsync(0);
        await page.Locator("#provider-profile-uscc").FillAsync(uscc);
        await page.Locator("#provider-profile-name").FillAsync($"浦江质量学院{uscc[^4..]}");
        await page.Locator("#provider-profile-contact-name").FillAsync("林老师");
        await page.Locator("#provider-profile-contact-phone").FillAsync("021-60000002");
        await page.GetByTestId("provider-profile-save").ClickAsync();

        var status = page.GetByTestId("provider-profile-status");
        await Expect(status).ToContainTextAsync("待审核");
        await Expect(page.Locator("#provider-profile-uscc")).ToHaveAttributeAsync("readonly", "");
    });

    private static string NewUscc()
    {
        var body = "913101" + string.Concat(Enumerable.Range(0, 11).Select(_ => Alphabet[Random.Shared.Next(10)]));
        var sum = body.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * s_weights[i]).Sum();
        return body + Alphabet[(31 - (sum % 31)) % 31];
    }
}
