using System.Security.Claims;
using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using Cqo.Identity.Domain;
using Cqo.Platform.Security;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Time;
using Cqo.Training.Application.Attendance;
using Cqo.Training.Application.Courses;
using Cqo.Training.Application.Enrolments;
using Cqo.Training.Application.Exams;
using Cqo.Training.Application.Trainers;
using Cqo.Training.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Training;

/// <summary>
/// On a course under way with the demo officer admitted, the trainer marks the attendance grid: the
/// trainee's share of the course's minutes is updated on saving, a save refused for one cell stores
/// nothing and says why for every cell, and a session's check-in code can be put on the screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AttendanceTests(BrowserHost host)
{
    [Fact]
    public Task A_trainer_marks_the_grid_and_sees_the_attendance_share_after_saving() => host.RunAsync(async page =>
    {
        var courseId = await StartedCourseWithOfficerAsync();
        await SignInAsync(page, "trainer", DemoPassword);
        await page.GotoAsync($"/training/courses/{courseId}");
        await ClickUntilAsync(page.GetByTestId("course-attendance"), page.GetByTestId("attendance-row"));

        var row = page.GetByTestId("attendance-row").Filter(new LocatorFilterOptions { HasText = Officer });
        var percent = row.GetByTestId("attendance-percent");
        var marks = row.GetByTestId("attendance-mark");
        var unsaved = page.GetByTestId("attendance-unsaved");
        await Expect(percent).ToHaveTextAsync("0 %");
        await Expect(row.GetByTestId("enrolment-status")).ToHaveTextAsync("已录取");

        // The first session (90 of the course's 180 minutes): present.
        await SelectUntilAsync(marks.Nth(0), "Present", unsaved);
        await Expect(unsaved).ToContainTextAsync("1");
        await Expect(percent).ToHaveTextAsync("0 %");
        await page.GetByTestId("attendance-save").ClickAsync();
        await Expect(percent).ToHaveTextAsync("50 %");
        await Expect(unsaved).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("enrolment-status")).ToHaveTextAsync("学习中");

        // The second: late, which counts as attended too.
        await marks.Nth(1).SelectOptionAsync("Late");
        await Expect(unsaved).ToContainTextAsync("1");
        await page.GetByTestId("attendance-save").ClickAsync();
        await Expect(percent).ToHaveTextAsync("100 %");

        // Stored, not just shown.
        await page.ReloadAsync();
        await Expect(marks.Nth(0)).ToHaveValueAsync("Present");
        await Expect(marks.Nth(1)).ToHaveValueAsync("Late");
        await Expect(percent).ToHaveTextAsync("100 %");

        // The check-in code to put on the screen: six digits, and when the next one comes.
        await ClickUntilAsync(page.GetByTestId("attendance-check-in").Nth(0), page.GetByTestId("checkin-code"));
        await Expect(page.GetByTestId("checkin-code")).ToHaveTextAsync(new Regex("^[0-9]{6}$"));
        await Expect(page.GetByTestId("checkin-countdown")).ToHaveTextAsync(new Regex("^[0-9]{1,2} 秒后换新签到码$"));
        await page.GetByTestId("checkin-close").ClickAsync();
        await Expect(page.GetByTestId("checkin-code")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_trainer_exports_the_sheet_fills_it_in_and_imports_it_back() => host.RunAsync(async page =>
    {
        var courseId = await StartedCourseWithOfficerAsync();
        await SignInAsync(page, "trainer", DemoPassword);
        await page.GotoAsync($"/training/courses/{courseId}/attendance");
        var row = page.GetByTestId("attendance-row").Filter(new LocatorFilterOptions { HasText = Officer });
        await Expect(row.GetByTestId("attendance-percent")).ToHaveTextAsync("0 %");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("attendance-export").ClickAsync());
        var lines = await File.ReadAllLinesAsync((await download.PathAsync())!);
        lines[0].ShouldStartWith("\"报名编号\"", customMessage: "the byte-order mark is read away");
        var officerLine = lines.Single(l => l.Contains(Officer, StringComparison.Ordinal));
        officerLine.ShouldEndWith(",\"\",\"\"", customMessage: "two sessions, nothing marked yet");
        var filled = Path.Combine(Path.GetTempPath(), $"attendance-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(filled, [lines[0], officerLine[..^",\"\",\"\"".Length] + ",\"出勤\",\"迟到\""]);

        // Prerendered: the upload answers once the circuit is up, so offer the file until the grid shows it.
        for (var attempt = 0; attempt < 10 && await row.GetByTestId("attendance-percent").TextContentAsync() != "100 %"; attempt++)
        {
            await page.Locator("input[type='file']").SetInputFilesAsync(filled);
            await page.WaitForTimeoutAsync(1_000);
        }

        await Expect(row.GetByTestId("attendance-percent")).ToHaveTextAsync("100 %");
        await Expect(row.GetByTestId("attendance-mark").Nth(1)).ToHaveValueAsync("Late", new() { Timeout = 10_000 });
    });

    [Fact]
    public Task A_save_refused_for_one_cell_stores_no_mark_and_lists_every_error() => host.RunAsync(async page =>
    {
        var courseId = await StartedCourseWithOfficerAsync();
        await SignInAsync(page, "trainer", DemoPassword);
        await page.GotoAsync($"/training/courses/{courseId}/attendance");
        var row = page.GetByTestId("attendance-row").Filter(new LocatorFilterOptions { HasText = Officer });
        var marks = row.GetByTestId("attendance-mark");
        var unsaved = page.GetByTestId("attendance-unsaved");
        await SelectUntilAsync(marks.Nth(0), "Absent", unsaved);
        await marks.Nth(1).SelectOptionAsync("Excused");
        await Expect(unsaved).ToContainTextAsync("2");

        // Meanwhile the officer is examined and passes: their attendance is closed.
        await PassOfficerAsync(courseId);
        await page.GetByTestId("attendance-save").ClickAsync();

        var errors = page.GetByTestId("attendance-errors").Locator("li");
        await Expect(errors).ToHaveCountAsync(2);
        await Expect(errors.Nth(0)).ToContainTextAsync($"{Officer}，");
        await Expect(errors.Nth(0)).ToContainTextAsync("该学员未录取在本课程。");
        await Expect(marks.Nth(0)).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(unsaved).ToContainTextAsync("2"); // kept, to correct or discard

        await page.GetByTestId("attendance-discard").ClickAsync();
        await page.ReloadAsync();
        await Expect(row.GetByTestId("enrolment-status")).ToHaveTextAsync("已通过");
        await Expect(marks.Nth(0)).ToHaveValueAsync("Present");
        await Expect(marks.Nth(0)).ToBeDisabledAsync();
    });

    private const string Officer = "首席质量官学员";

    /// <summary>Behind the trainer's back: the officer attends both sessions, sits the exam with 85 and the result is published.</summary>
    private async Task PassOfficerAsync(Guid courseId)
    {
        await using var system = host.Services.CreateAsyncScope();
        var services = system.ServiceProvider;
        var grid = await services.GetRequiredService<AttendanceBook>().GetGridAsync(courseId, CancellationToken.None);
        var enrolmentId = grid.Rows.Single().EnrolmentId;
        await services.GetRequiredService<AttendanceBook>().SaveMarksAsync(courseId, new SaveMarksRequest(
            [.. grid.Sessions.Select(s => new MarkInput(enrolmentId, s.Id, AttendanceMark.Present))]), CancellationToken.None);
        var course = await services.GetRequiredService<CourseQueries>().GetAsync(courseId, CancellationToken.None);
        await services.GetRequiredService<CourseSteps>().StartExamsAsync(courseId, new CourseStepRequest(course.ConcurrencyStamp), CancellationToken.None);
        await services.GetRequiredService<ExamResults>().RecordAsync(courseId, new RecordScoresRequest([new ScoreInput(enrolmentId, 85m)]), CancellationToken.None);
        await services.GetRequiredService<ExamResults>().PublishAsync(courseId, CancellationToken.None);
    }

    /// <summary>
    /// A one-module continuing-education course of the demo provider running today in two 90-minute
    /// evening sessions (a trainer of its own, so no other test's bookings clash), the demo officer
    /// applied and confirmed, and the course started.
    /// </summary>
    private async Task<Guid> StartedCourseWithOfficerAsync()
    {
        var today = TimeProvider.System.Today();
        var stamp = Guid.NewGuid().ToString("N")[..6];
        CourseDto course;
        await using (var system = host.Services.CreateAsyncScope())
        {
            var services = system.ServiceProvider;
            var providerId = OrganisationIds.FromUscc("91330101589882738D");
            var trainer = await services.GetRequiredService<SaveTrainerHandler>().AddAsync(
                new SaveTrainerRequest($"考勤测试讲师{stamp}", null, null, null, ProviderId: providerId), CancellationToken.None);
            course = await services.GetRequiredService<SaveCourseHandler>().CreateAsync(new SaveCourseRequest(
                $"浏览器测试：考勤{stamp}", null, CourseType.ContinuingEducation, CourseTier.Junior, CourseDelivery.OnSite, "v1",
                [new CourseModuleDto("M01", 3m)], today, today, today, today, 10, today, ProviderId: providerId), CancellationToken.None);
            var scheduler = services.GetRequiredService<SessionScheduler>();
            foreach (var (from, to) in new[] { (new TimeOnly(18, 0), new TimeOnly(19, 30)), (new TimeOnly(19, 30), new TimeOnly(21, 0)) })
            {
                course = await scheduler.AddAsync(course.Id, new SaveSessionRequest(
                    today, from, to, "M01", trainer.Id, $"考勤测试教室{stamp}", null, course.ConcurrencyStamp), CancellationToken.None);
            }

            course = await services.GetRequiredService<CourseSteps>().PublishAsync(course.Id, new CourseStepRequest(course.ConcurrencyStamp), CancellationToken.None);
        }

        EnrolmentDto applied;
        await using (var officer = await TrainingActors.ActingAsAsync(host.Services, "officer"))
        {
            applied = await officer.ServiceProvider.GetRequiredService<EnrolHandler>().ApplyAsync(course.Id, CancellationToken.None);
        }

        await using (var system = host.Services.CreateAsyncScope())
        {
            var services = system.ServiceProvider;
            // The officer's sponsor confirms (the system may act for any sponsor).
            await services.GetRequiredService<EnrolmentSteps>().ConfirmAsync(applied.Id, new EnrolmentStepRequest(applied.ConcurrencyStamp), CancellationToken.None);

            var published = await services.GetRequiredService<CourseQueries>().GetAsync(course.Id, CancellationToken.None);
            await services.GetRequiredService<CourseSteps>().StartAsync(course.Id, new CourseStepRequest(published.ConcurrencyStamp), CancellationToken.None);
        }

        return course.Id;
    }

    /// <summary>Picks an option of a plain select until <paramref name="result"/> shows: a prerendered page drops changes until its circuit connects.</summary>
    private static async Task SelectUntilAsync(ILocator select, string value, ILocator result, int attempts = 10)
    {
        for (var attempt = 1; ; attempt++)
        {
            await select.SelectOptionAsync("");
            await select.SelectOptionAsync(value);
            try
            {
                await Expect(result.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < attempts)
            {
                // Not connected yet: pick it again.
            }
        }
    }
}

/// <summary>Arranging data behind the UI as one of the demo accounts rather than as the system.</summary>
internal static class TrainingActors
{
    /// <summary>A scope whose services act as <paramref name="userName"/>, signed in as the UI would sign them in.</summary>
    public static async Task<AsyncServiceScope> ActingAsAsync(IServiceProvider root, string userName)
    {
        var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No demo account '{userName}'.");
        ClaimsPrincipal principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<UserAccount>>().CreateAsync(user);
        services.GetRequiredService<CircuitPrincipal>().Principal = principal;
        return scope;
    }
}
