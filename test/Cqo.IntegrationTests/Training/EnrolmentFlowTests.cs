using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>One trainee's way through a course: applied, confirmed, attended, examined, passed.</summary>
[Collection(HostCollection.Name)]
public sealed class EnrolmentFlowTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    [Fact]
    public async Task An_officer_applies_the_sponsor_confirms_and_after_attending_and_a_published_pass_the_officer_has_passed()
    {
        var course = await _api.PublishedCourseAsync(app.Clock.Today().AddDays(10));
        var enterprise = Guid.NewGuid();
        var officer = _api.OfficerOf(enterprise);

        var applied = await TrainingApi.ReadAsync<EnrolmentDto>(await officer.PostAsync($"/api/training/courses/{course.Id}/enrolments", null), HttpStatusCode.Created);
        applied.Status.ShouldBe(EnrolmentStatus.Applied);
        applied.SponsorId.ShouldBe(enterprise);

        var confirmed = await TrainingApi.ReadAsync<EnrolmentDto>(await _api.Sponsor(enterprise).PostAsJsonAsync(
            $"/api/training/enrolments/{applied.Id}/confirm", new { concurrencyStamp = applied.ConcurrencyStamp }, Json.Options));
        confirmed.Status.ShouldBe(EnrolmentStatus.Admitted);

        var provider = _api.Provider(course.ProviderId);
        course = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "start"));
        course.SeatsTaken.ShouldBe(1);
        var marks = course.Sessions.Select((s, i) => new { enrolmentId = applied.Id, sessionId = s.Id, mark = i == 0 ? "Absent" : "Present" });
        var grid = await TrainingApi.ReadAsync<AttendanceGridDto>(await provider.PutAsJsonAsync(
            $"/api/training/courses/{course.Id}/attendance", new { marks }, Json.Options));
        grid.Rows.Single().AttendancePercent.ShouldBe(87.5m, "7 of 8 equal sessions");

        course = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "start-exams"));
        var scores = new { scores = new[] { new { enrolmentId = applied.Id, score = 78.5m } } };
        grid = await TrainingApi.ReadAsync<AttendanceGridDto>(await provider.PutAsJsonAsync($"/api/training/courses/{course.Id}/scores", scores, Json.Options));
        grid.Rows.Single().Attempts.Single().Published.ShouldBeFalse();
        (await TrainingApi.ReadAsync<EnrolmentDto>(await officer.GetAsync($"/api/training/enrolments/{applied.Id}"))).Attempts.ShouldBeEmpty("not published yet");

        await TrainingApi.ReadAsync<AttendanceGridDto>(await provider.PostAsync($"/api/training/courses/{course.Id}/results/publish", null));

        var mine = await TrainingApi.ReadAsync<EnrolmentDto>(await officer.GetAsync($"/api/training/enrolments/{applied.Id}"));
        mine.Status.ShouldBe(EnrolmentStatus.Passed);
        mine.Attempts.Single().ShouldSatisfyAllConditions(a => a.Score.ShouldBe(78.5m), a => a.Passed.ShouldBeTrue());
    }
}
