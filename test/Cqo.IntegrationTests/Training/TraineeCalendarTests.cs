using System.Net;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>A trainee's own calendar: the sessions of the courses they hold a seat on, meeting links included.</summary>
[Collection(HostCollection.Name)]
public sealed class TraineeCalendarTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    [Fact]
    public async Task A_seated_trainee_gets_their_courses_sessions_with_meeting_links_that_the_public_does_not_see()
    {
        var start = app.Clock.Today().AddDays(12);
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id);
        var course = await _api.DraftCourseAsync(provider.Id, start, TrainingApi.NewCourse(start, delivery: CourseDelivery.Online));
        for (var i = 0; i < course.Modules.Count; i++)
        {
            var (from, to) = i % 2 == 0 ? ("09:00", "12:00") : ("13:30", "16:30");
            course = await TrainingApi.ReadAsync<CourseDto>(await _api.AddSessionAsync(course, TrainingApi.With(
                TrainingApi.Session(course, start.AddDays(i / 2), from, to, course.Modules[i].ModuleCode, trainer.Id, venue: null),
                ("onlineLink", $"https://meeting.example.cn/{i}"))));
        }

        course = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "publish"));
        var trainee = _api.Officer();
        var stranger = _api.Officer();
        (await TrainingApi.ReadAsync<CourseDto>(await trainee.GetAsync($"/api/training/courses/{course.Id}"))).Sessions.ShouldAllBe(s => s.OnlineLink == null);

        await TrainingApi.ReadAsync<EnrolmentDto>(await trainee.PostAsync($"/api/training/courses/{course.Id}/enrolments", null), HttpStatusCode.Created);

        (await TrainingApi.ReadAsync<CourseDto>(await trainee.GetAsync($"/api/training/courses/{course.Id}"))).Sessions.ShouldAllBe(s => s.OnlineLink != null);
        var mine = await trainee.GetStringAsync("/api/training/enrolments/calendar.ics");
        foreach (var session in course.Sessions)
        {
            mine.ShouldContain($"UID:{session.Id}@cqo-platform");
        }

        mine.ShouldContain("meeting.example.cn/0");
        var theirs = await stranger.GetStringAsync("/api/training/enrolments/calendar.ics");
        theirs.ShouldNotContain("BEGIN:VEVENT");
    }
}
