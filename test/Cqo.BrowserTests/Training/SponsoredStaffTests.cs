using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using Cqo.Identity.Domain;
using Cqo.Platform.Security;
using Cqo.Training.Application.Enrolments;
using Cqo.Training.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Training;

/// <summary>
/// The demo officer has applied for a fresh course; the demo enterprise, their sponsor, finds the
/// application among its staff's enrolments and confirms it, skipping the choice of staff record.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SponsoredStaffTests(BrowserHost host)
{
    [Fact]
    public Task The_demo_enterprise_confirms_its_officers_application() => host.RunAsync(async page =>
    {
        var course = await MyLearningTests.OpenCourseAsync(host.Services, "浏览器测试：员工报名");
        await ApplyAsOfficerAsync(course.Id);

        await SignInAsync(page, "enterprise", DemoPassword);
        await Expect(page.GetByTestId("nav-staff")).ToBeVisibleAsync();
        await page.GotoAsync("/training/staff");
        var row = page.GetByTestId("staff-enrolment-row").Filter(new LocatorFilterOptions { HasText = course.Title });
        await Expect(row.GetByTestId("enrolment-status")).ToHaveTextAsync("待企业确认");

        var submit = page.GetByTestId("staff-confirm-submit");
        await ClickUntilAsync(row.GetByTestId("staff-confirm"), submit);
        await Expect(page.GetByTestId("staff-confirm-message")).ToContainTextAsync(course.Title);
        await submit.ClickAsync();
        await Expect(row.GetByTestId("enrolment-status")).ToHaveTextAsync(AdmittedOrWaitlisted());
        await Expect(row.GetByTestId("staff-confirm")).ToHaveCountAsync(0);
    });

    /// <summary>Applies as the demo officer would from the course page, through the application acting as their account (their sponsor is the demo enterprise).</summary>
    private async Task ApplyAsOfficerAsync(Guid courseId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var officer = await services.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync("officer");
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<UserAccount>>().CreateAsync(officer!);
        services.GetRequiredService<CircuitPrincipal>().Principal = principal;
        var applied = await services.GetRequiredService<EnrolHandler>().ApplyAsync(courseId, CancellationToken.None);
        applied.Status.ShouldBe(EnrolmentStatus.Applied);
    }

    [GeneratedRegex("^(已录取|候补中)$")]
    private static partial Regex AdmittedOrWaitlisted();
}
