using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Training;

/// <summary>
/// An officer finds the demo provider's published appointment course in the catalogue (filtered to
/// courses open for enrolment), opens it, reads its eight sessions, downloads its calendar and sees the sessions laid out by day.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CourseCatalogueTests(BrowserHost host)
{
    private const string DemoProvider = "上海市质量教育培训中心（示例）";
    private const string DemoCourse = "企业首席质量官任职培训（示例）";

    [Fact]
    public Task An_officer_finds_the_demo_course_reads_its_sessions_and_downloads_its_calendar() => host.RunAsync(async page =>
    {
        await SignInAsync(page, "officer", DemoPassword);
        await Expect(page.GetByTestId("nav-courses")).ToBeVisibleAsync();
        await page.GotoAsync("/training/courses");
        var row = page.GetByTestId("course-row").Filter(new LocatorFilterOptions { HasText = DemoCourse });
        await Expect(row).ToHaveCountAsync(1);
        await ClickUntilAsync(page.GetByText("只看正在报名"), page.Locator("input[type='checkbox']:checked"));
        await Expect(row).ToHaveCountAsync(1);

        await row.GetByTestId("course-link").ClickAsync();
        await Expect(page.GetByTestId("course-provider")).ToHaveTextAsync(DemoProvider);
        await Expect(page.GetByTestId("session-row")).ToHaveCountAsync(8);
        await Expect(page.GetByTestId("session-row").First).ToContainTextAsync("M01");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("course-calendar").ClickAsync());
        var path = await download.PathAsync();
        var calendar = await File.ReadAllTextAsync(path!);
        calendar.ShouldStartWith("BEGIN:VCALENDAR");
        calendar.Split("BEGIN:VEVENT").Length.ShouldBe(9);

        await page.GetByTestId("session-view-toggle").ClickAsync();
        await Expect(page.GetByTestId("session-calendar-day")).ToHaveCountAsync(4, new() { Timeout = 10_000 });
        await Expect(page.GetByTestId("session-calendar-event")).ToHaveCountAsync(8);
        await Expect(page.GetByTestId("session-calendar-event").First).ToContainTextAsync("09:00–12:00");
    });
}
