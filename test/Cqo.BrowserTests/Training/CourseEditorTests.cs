using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Training;

/// <summary>
/// The demo provider's administrator drafts an appointment course (syllabus v1, every compulsory
/// module preselected), adds a session with a trainer and a room, and the session is listed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CourseEditorTests(BrowserHost host)
{
    [Fact]
    public Task A_provider_drafts_a_course_and_schedules_a_session() => host.RunAsync(async page =>
    {
        var start = DateOnly.FromDateTime(DateTime.Today).AddDays(60);
        await SignInAsync(page, "provider", DemoPassword);
        await page.GotoAsync("/training/courses");
        await ClickUntilAsync(page.GetByTestId("course-new"), page.GetByTestId("course-save"));

        await page.Locator("#course-title").FillAsync("浏览器测试课程");
        await FillDateAsync(page, "course-start", start);
        await FillDateAsync(page, "course-end", start.AddDays(3));
        await FillDateAsync(page, "course-opens", start.AddDays(-30));
        await FillDateAsync(page, "course-closes", start.AddDays(-1));
        await Expect(page.GetByTestId("course-module")).ToHaveCountAsync(8);
        await page.GetByTestId("course-save").ClickAsync();

        await Expect(page.GetByTestId("course-title")).ToHaveTextAsync("浏览器测试课程");
        await Expect(page.GetByTestId("course-status")).ToHaveTextAsync("草稿");
        await page.GetByTestId("session-add").ClickAsync();
        await page.Locator("#session-venue").FillAsync("第九教室");
        await page.GetByTestId("session-save").ClickAsync();

        var session = page.GetByTestId("session-row");
        await Expect(session).ToHaveCountAsync(1);
        await Expect(session).ToContainTextAsync("M01");
        await Expect(session).ToContainTextAsync("第九教室");
    });

    private static async Task FillDateAsync(IPage page, string id, DateOnly day)
    {
        var input = page.Locator($"#{id}");
        await input.FillAsync(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await input.PressAsync("Tab");
    }
}
