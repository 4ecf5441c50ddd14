using System.Globalization;
using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Training;

/// <summary>
/// The training issue's acceptance criterion, end to end in the browser with the demo accounts: a
/// trainer schedules a course with two sessions, an officer enrols (and the officer's enterprise
/// confirms), the trainer marks attendance and a passing score, and the officer sees "passed" on
/// the my-learning page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainingAcceptanceTests(BrowserHost host)
{
    [Fact]
    public Task A_trainer_runs_a_course_and_the_officer_sees_that_they_passed() => host.RunAsync(async trainer =>
    {
        // Enrolment must be open when the officer applies and attendance is taken while the course
        // runs, so everything happens today (Shanghai), like a one-day continuing-education course.
        var today = TimeProvider.System.Today();
        var stamp = Guid.NewGuid().ToString("N")[..6];
        var title = $"验收测试：继续教育{stamp}";

        // 1. The trainer drafts the course (two modules of three hours) and schedules a session for each.
        await SignInAsync(trainer, "trainer", DemoPassword);
        await trainer.GotoAsync("/training/courses");
        await ClickUntilAsync(trainer.GetByTestId("course-new"), trainer.GetByTestId("course-save"));
        await trainer.Locator("#course-title").FillAsync(title);
        await ChooseAsync(trainer, trainer.GetByTestId("course-type"), "继续教育");
        foreach (var field in new[] { "course-start", "course-end", "course-opens", "course-closes", "course-exam" })
        {
            await FillAsync(trainer, field, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var modules = trainer.GetByTestId("course-module");
        await Expect(modules).ToHaveCountAsync(8);
        for (var i = 2; i < 8; i++)
        {
            var covered = modules.Nth(i).Locator("input[type=checkbox]");
            await covered.ClickAsync();
            await Expect(covered).Not.ToBeCheckedAsync();
        }

        await trainer.GetByTestId("course-save").ClickAsync();
        await Expect(trainer.GetByTestId("course-title")).ToHaveTextAsync(title);
        await Expect(trainer.GetByTestId("course-status")).ToHaveTextAsync("草稿");

        await AddSessionAsync(trainer, "08:00", "11:00", $"验收测试教室{stamp}");
        await AddSessionAsync(trainer, "14:00", "17:00", null);
        var sessions = trainer.GetByTestId("session-row");
        await Expect(sessions).ToHaveCountAsync(2);
        await Expect(sessions.Nth(0)).ToContainTextAsync("M01");
        await Expect(sessions.Nth(1)).ToContainTextAsync("M02");

        await StepAsync(trainer, "course-publish", "已发布");
        var courseUrl = trainer.Url;

        // 2. The officer applies; the demo enterprise, which sponsors the officer, confirms.
        await AsAsync("officer", async officer =>
        {
            await officer.GotoAsync(courseUrl);
            await ClickUntilAsync(officer.GetByTestId("enrol-apply"), ConfirmButton(officer));
            await ConfirmButton(officer).ClickAsync();
            await Expect(officer.GetByTestId("enrolment-panel").GetByTestId("enrolment-status")).ToHaveTextAsync("待企业确认");
        });
        await AsAsync("enterprise", async enterprise =>
        {
            await enterprise.GotoAsync("/training/staff");
            var application = enterprise.GetByTestId("staff-enrolment-row").Filter(new LocatorFilterOptions { HasText = title });
            await ClickUntilAsync(application.GetByTestId("staff-confirm"), enterprise.GetByTestId("staff-confirm-submit"));
            await enterprise.GetByTestId("staff-confirm-submit").ClickAsync();
            await Expect(application.GetByTestId("enrolment-status")).ToHaveTextAsync("已录取");
        });

        // 3. The trainer starts the course and marks the officer present at both sessions.
        await trainer.ReloadAsync();
        await StepAsync(trainer, "course-start", "进行中");
        await trainer.GetByTestId("course-attendance").ClickAsync();
        var trainee = trainer.GetByTestId("attendance-row").Filter(new LocatorFilterOptions { HasText = Officer });
        await Expect(trainee).ToHaveCountAsync(1);
        await ClickUntilAsync(trainer.GetByTestId("attendance-all-present").Nth(0), trainer.GetByTestId("attendance-unsaved"));
        await trainer.GetByTestId("attendance-all-present").Nth(1).ClickAsync();
        await Expect(trainee.GetByTestId("attendance-mark").Nth(0)).ToHaveValueAsync("Present");
        await Expect(trainee.GetByTestId("attendance-mark").Nth(1)).ToHaveValueAsync("Present");
        await trainer.GetByTestId("attendance-save").ClickAsync();
        await Expect(trainee.GetByTestId("attendance-percent")).ToHaveTextAsync("100 %");

        // 4. Exams: the trainer records 85 (pass mark 60) and publishes the result.
        await trainer.GotoAsync(courseUrl);
        await StepAsync(trainer, "course-start-exams", "考试中");
        await trainer.GetByTestId("course-scores").ClickAsync();
        var sitting = trainer.GetByTestId("scores-row").Filter(new LocatorFilterOptions { HasText = Officer });
        await Expect(sitting.GetByTestId("enrolment-status")).ToHaveTextAsync("可参加考试");
        var score = sitting.Locator("input[data-testid='scores-input']");
        await FillUntilAsync(score, "85", trainer.GetByTestId("scores-unsaved"));
        await trainer.GetByTestId("scores-save").ClickAsync();
        await Expect(sitting.GetByTestId("scores-attempts")).ToContainTextAsync("第 1 次 85 分 · 未发布");
        await trainer.GetByTestId("scores-publish").ClickAsync();
        await Expect(trainer.Locator(".mud-dialog")).ToContainTextAsync("将发布 1 名学员的成绩");
        await ConfirmButton(trainer).ClickAsync();
        await Expect(sitting.GetByTestId("scores-attempts")).ToContainTextAsync("已发布");
        await Expect(sitting.GetByTestId("enrolment-status")).ToHaveTextAsync("已通过");

        // 5. The officer sees the pass on the my-learning page.
        await AsAsync("officer", async officer =>
        {
            await officer.GotoAsync("/training/my-learning");
            var enrolment = officer.GetByTestId("my-enrolment-row").Filter(new LocatorFilterOptions { HasText = title });
            await Expect(enrolment.GetByTestId("enrolment-status")).ToHaveTextAsync("已通过");
            await Expect(enrolment.GetByTestId("my-enrolment-attendance")).ToHaveTextAsync("100 %");
            await Expect(enrolment.GetByTestId("my-enrolment-result")).ToContainTextAsync("85");
        });
    });

    private const string Officer = "首席质量官学员";

    private static ILocator ConfirmButton(IPage page) => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确定" });

    /// <summary>Takes a confirmed step from the course page's buttons and waits for the status it leads to.</summary>
    private static async Task StepAsync(IPage page, string button, string status)
    {
        await ClickUntilAsync(page.GetByTestId(button), ConfirmButton(page));
        await ConfirmButton(page).ClickAsync();
        await Expect(page.GetByTestId("course-status")).ToHaveTextAsync(status);
        await DismissMessagesAsync(page);
    }

    /// <summary>
    /// Closes the snackbars: they sit over the top-right buttons of the course page until they fade,
    /// which the next click would otherwise wait out.
    /// </summary>
    private static async Task DismissMessagesAsync(IPage page)
    {
        var messages = page.Locator(".mud-snackbar");
        for (var open = await messages.CountAsync(); open > 0; open = await messages.CountAsync())
        {
            try
            {
                await messages.First.Locator("button").ClickAsync(new LocatorClickOptions { Timeout = 2_000 });
            }
            catch (TimeoutException)
            {
                // It faded by itself meanwhile.
            }

            await Expect(messages).ToHaveCountAsync(open - 1);
        }
    }

    /// <summary>Adds a session on the course's start day for the module still unscheduled (the dialog's default), at the given times.</summary>
    private static async Task AddSessionAsync(IPage page, string start, string end, string? venue)
    {
        var before = await page.GetByTestId("session-row").CountAsync();
        await ClickUntilAsync(page.GetByTestId("session-add"), page.GetByTestId("session-save"));
        await FillAsync(page, "session-start", start);
        await FillAsync(page, "session-end", end);
        if (venue is not null)
        {
            await page.Locator("#session-venue").FillAsync(venue);
        }

        await page.GetByTestId("session-save").ClickAsync();
        await Expect(page.GetByTestId("session-row")).ToHaveCountAsync(before + 1);
        await Expect(page.GetByTestId("session-row").Nth(before)).ToContainTextAsync($"{start} – {end}");
        await DismissMessagesAsync(page);
    }

    private static async Task FillAsync(IPage page, string id, string text)
    {
        var input = page.Locator($"#{id}");
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }

    /// <summary>Types into <paramref name="input"/> and leaves it until <paramref name="result"/> shows that the circuit took the value.</summary>
    private static async Task FillUntilAsync(ILocator input, string text, ILocator result, int attempts = 5)
    {
        for (var attempt = 1; ; attempt++)
        {
            await input.FillAsync(text);
            await input.PressAsync("Tab");
            try
            {
                await Expect(result.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < attempts)
            {
                // The value went to the prerendered input: type it again.
            }
        }
    }

    /// <summary>Opens a MudSelect (its input carries the test id) and picks the option starting with <paramref name="option"/>.</summary>
    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        var popover = page.Locator(".mud-popover-open");
        await select.ClickAsync();
        await Expect(popover).ToBeVisibleAsync();
        await popover.Locator(".mud-list-item").Filter(new LocatorFilterOptions { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}") }).First.ClickAsync();
        await Expect(select).ToHaveValueAsync(new Regex($"^{Regex.Escape(option)}"));
        await Expect(popover).ToHaveCountAsync(0);
    }

    /// <summary>Runs <paramref name="steps"/> as another demo account in a browser context of its own, keeping its page when they fail.</summary>
    private async Task AsAsync(string userName, Func<IPage, Task> steps)
    {
        var page = await host.NewPageAsync();
        try
        {
            await SignInAsync(page, userName, DemoPassword);
            await steps(page);
        }
        catch
        {
            await SaveFailureAsync(page, $"TrainingAcceptanceTests.{userName}");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
