using Cqo.BrowserTests.Infrastructure;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Time;
using Cqo.Training.Application.Courses;
using Cqo.Training.Application.Trainers;
using Cqo.Training.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Training;

/// <summary>
/// The demo officer applies for a freshly published course from its page, and finds it among their
/// own courses waiting for the demo enterprise (their sponsor) to confirm.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MyLearningTests(BrowserHost host)
{
    [Fact]
    public Task The_demo_officer_applies_for_a_course_and_sees_it_awaiting_their_enterprise() => host.RunAsync(async page =>
    {
        var course = await OpenCourseAsync(host.Services, "浏览器测试：我的培训");
        await SignInAsync(page, "officer", DemoPassword);
        await Expect(page.GetByTestId("nav-my-learning")).ToBeVisibleAsync();
        await page.GotoAsync($"/training/courses/{course.Id}");
        var panel = page.GetByTestId("enrolment-panel");
        await Expect(panel.GetByTestId("enrolment-seats")).ToHaveTextAsync("剩余名额 5 / 5");

        var confirm = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确定" });
        await ClickUntilAsync(panel.GetByTestId("enrol-apply"), confirm);
        await confirm.ClickAsync();
        const string expected = "待企业确认";
        await Expect(panel.GetByTestId("enrolment-status")).ToHaveTextAsync(expected);
        await Expect(panel.GetByTestId("enrol-apply")).ToHaveCountAsync(0);
        await Expect(panel.GetByTestId("enrol-withdraw")).ToBeVisibleAsync();

        await page.GotoAsync("/training/my-learning");
        var row = page.GetByTestId("my-enrolment-row").Filter(new LocatorFilterOptions { HasText = course.Title });
        await Expect(row.GetByTestId("enrolment-status")).ToHaveTextAsync(expected);
        await Expect(row.GetByTestId("my-enrolment-withdraw")).ToBeVisibleAsync();
        await Expect(row.GetByTestId("my-enrolment-course")).ToHaveAttributeAsync("href", $"/training/courses/{course.Id}");
    });

    /// <summary>
    /// A continuing-education course of the demo provider, open for enrolment today, with five seats and one
    /// session taught by a trainer of its own (no clash with other tests' sessions); published acting as the system.
    /// Its title is unique, so a test finds exactly its own rows.
    /// </summary>
    internal static async Task<CourseDto> OpenCourseAsync(IServiceProvider root, string title)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var providerId = OrganisationIds.FromUscc("91330101589882738D");
        var unique = $"{title}{Random.Shared.Next(100_000, 1_000_000)}";
        var today = TimeProvider.System.Today();
        var start = today.AddDays(60);
        var trainer = await services.GetRequiredService<SaveTrainerHandler>().AddAsync(
            new SaveTrainerRequest($"讲师{unique[^6..]}", "讲师", null, null, ProviderId: providerId), CancellationToken.None);
        var course = await services.GetRequiredService<SaveCourseHandler>().CreateAsync(new SaveCourseRequest(
            unique, null, CourseType.ContinuingEducation, CourseTier.Junior, CourseDelivery.OnSite, "v1", [new CourseModuleDto("M01", 3m)],
            start, start, today.AddDays(-1), start.AddDays(-1), 5, start, ProviderId: providerId), CancellationToken.None);
        course = await services.GetRequiredService<SessionScheduler>().AddAsync(course.Id, new SaveSessionRequest(
            start, new TimeOnly(9, 0), new TimeOnly(12, 0), "M01", trainer.Id, $"教室{unique[^6..]}", null, course.ConcurrencyStamp), CancellationToken.None);
        return await services.GetRequiredService<CourseSteps>().PublishAsync(course.Id, new CourseStepRequest(course.ConcurrencyStamp), CancellationToken.None);
    }
}
