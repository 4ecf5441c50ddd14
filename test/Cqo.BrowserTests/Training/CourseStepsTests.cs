using Cqo.BrowserTests.Infrastructure;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Paging;
using Cqo.Training.Application.Courses;
using Cqo.Training.Application.Trainers;
using Cqo.Training.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Training;

/// <summary>The demo provider's administrator closes enrolment of a published course of theirs and starts it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CourseStepsTests(BrowserHost host)
{
    [Fact]
    public Task A_provider_closes_enrolment_and_starts_a_course() => host.RunAsync(async page =>
    {
        var course = await PublishedCourseAsync();
        await SignInAsync(page, "provider", DemoPassword);
        await page.GotoAsync($"/training/courses/{course.Id}");
        await Expect(page.GetByTestId("course-status")).ToHaveTextAsync("已发布");

        await ClickUntilAsync(page.GetByTestId("course-close-enrolment"), page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确定" }));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确定" }).ClickAsync();
        await Expect(page.GetByTestId("course-status")).ToHaveTextAsync("报名截止");

        await page.GetByTestId("course-start").ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确定" }).ClickAsync();
        await Expect(page.GetByTestId("course-status")).ToHaveTextAsync("进行中");
    });

    /// <summary>A course of the demo provider, scheduled and published through the application (acting as the system).</summary>
    private async Task<CourseDto> PublishedCourseAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var providerId = OrganisationIds.FromUscc("91330101589882738D");
        var start = DateOnly.FromDateTime(DateTime.Today).AddDays(90 + Random.Shared.Next(0, 200));
        var trainer = (await services.GetRequiredService<TrainerQueries>().ListAsync(providerId, null, true, new PageRequest(0, 1), CancellationToken.None)).Items[0];
        var modules = Enumerable.Range(1, 8).Select(i => new CourseModuleDto($"M{i:00}", 3m)).ToList();
        var course = await services.GetRequiredService<SaveCourseHandler>().CreateAsync(new SaveCourseRequest(
            "浏览器测试：开课流程", null, CourseType.AppointmentTraining, CourseTier.Junior, CourseDelivery.OnSite, "v1", modules,
            start, start.AddDays(3), start.AddDays(-30), start.AddDays(-1), 30, start.AddDays(3), ProviderId: providerId), CancellationToken.None);
        var scheduler = services.GetRequiredService<SessionScheduler>();
        for (var i = 0; i < modules.Count; i++)
        {
            var (from, to) = i % 2 == 0 ? (new TimeOnly(9, 0), new TimeOnly(12, 0)) : (new TimeOnly(13, 30), new TimeOnly(16, 30));
            course = await scheduler.AddAsync(course.Id, new SaveSessionRequest(
                start.AddDays(i / 2), from, to, modules[i].ModuleCode, trainer.Id, $"浏览器测试教室{start:MMdd}", null, course.ConcurrencyStamp), CancellationToken.None);
        }

        return await services.GetRequiredService<CourseSteps>().PublishAsync(course.Id, new CourseStepRequest(course.ConcurrencyStamp), CancellationToken.None);
    }
}
