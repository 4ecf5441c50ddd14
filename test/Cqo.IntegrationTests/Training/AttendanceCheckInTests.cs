using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>
/// Trainees check in with the rotating code on the trainer's screen. The sessions are tomorrow's,
/// and the shared clock is moved forward to them.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AttendanceCheckInTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    [Fact]
    public async Task A_trainee_checking_in_with_the_current_code_is_present_and_after_ten_minutes_late()
    {
        var course = await _api.PublishedCourseAsync(app.Clock.Today().AddDays(1));
        var trainee = await _api.AppliedAsync(course);
        var (morning, afternoon) = (course.Sessions[0], course.Sessions[1]);

        _api.ClockTo(StartOf(morning) - TimeSpan.FromMinutes(5));
        var shown = await CodeAsync(course, morning);
        await (await CheckInAsync(trainee, morning, Another(shown))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.check_in_code_wrong", "code");
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await (await CheckInAsync(trainee, morning, shown)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.check_in_code_wrong", "code");
        (await TrainingApi.ReadAsync<EnrolmentStatus>(await CheckInAsync(trainee, morning, await CodeAsync(course, morning)))).ShouldBe(EnrolmentStatus.Attending);

        _api.ClockTo(StartOf(afternoon) + TimeSpan.FromMinutes(11));
        (await TrainingApi.ReadAsync<EnrolmentStatus>(await CheckInAsync(trainee, afternoon, await CodeAsync(course, afternoon)))).ShouldBe(EnrolmentStatus.Attending);

        var marks = (await _api.GridAsync(course)).Rows.Single().Marks;
        marks[morning.Id].ShouldBe(AttendanceMark.Present);
        marks[afternoon.Id].ShouldBe(AttendanceMark.Late);
    }

    [Fact]
    public async Task Check_in_opens_half_an_hour_before_a_session_and_closes_when_it_ends()
    {
        var course = await _api.PublishedCourseAsync(app.Clock.Today().AddDays(1));
        var trainee = await _api.AppliedAsync(course);
        var morning = course.Sessions[0];

        _api.ClockTo(StartOf(morning) - TimeSpan.FromMinutes(31));
        await (await CheckInAsync(trainee, morning, await CodeAsync(course, morning))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.check_in_closed");

        _api.ClockTo(morning.Date.AtShanghaiTime(morning.EndTime) + TimeSpan.FromMinutes(1));
        await (await CheckInAsync(trainee, morning, await CodeAsync(course, morning))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.check_in_closed");

        (await _api.GridAsync(course)).Rows.Single().Marks.ShouldBeEmpty();
    }

    private static DateTimeOffset StartOf(SessionDto session) => session.Date.AtShanghaiTime(session.StartTime);

    private async Task<string> CodeAsync(CourseDto course, SessionDto session)
    {
        var code = await TrainingApi.ReadAsync<CheckInCodeDto>(await _api.Provider(course.ProviderId).GetAsync(
            $"/api/training/courses/{course.Id}/sessions/{session.Id}/check-in-code"));
        code.Code.ShouldMatch("^[0-9]{6}$");
        return code.Code;
    }

    private static Task<HttpResponseMessage> CheckInAsync(Applicant trainee, SessionDto session, string code) =>
        trainee.Client.PostAsJsonAsync($"/api/training/sessions/{session.Id}/check-in", new { code }, Json.Options);

    private static string Another(string code) =>
        ((int.Parse(code, CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
}
