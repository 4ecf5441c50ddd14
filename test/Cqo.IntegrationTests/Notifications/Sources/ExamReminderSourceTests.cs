using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Training;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Notifications.Sources;

/// <summary>The exam reminders of DOMAIN.md §5: scores the provider has not published, and a failed candidate's retake.</summary>
[Collection(HostCollection.Name)]
public sealed class ExamReminderSourceTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    [Fact]
    public async Task Results_not_published_7_days_after_the_exam_are_due_to_the_provider_until_all_are_published()
    {
        var probe = new ReminderProbe(app, "training.scores-unpublished");
        var (course, trainees) = await _api.ExaminingAsync([8, 8]);
        var exam = course.ExamDate!.Value;

        (await probe.DaysDueAsync(course.Id, exam.AddDays(5), exam.AddDays(9))).ShouldBe([exam.AddDays(7)]);
        (await probe.AboutAsync(course.Id, exam.AddDays(7))).ShouldNotBeNull().ShouldSatisfyAllConditions(
            r => r.Occurrence.ShouldBe($"7@{exam:yyyy-MM-dd}"),
            r => r.Parties.ProviderId.ShouldBe(course.ProviderId),
            r => r.Values["waiting"].ShouldBe(2),
            r => r.Link.ShouldBe($"/training/courses/{course.Id}/scores"));

        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainees[0].Id, 90m)));
        await _api.PublishResultsAsync(course);
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainees[1].Id, 75m)));

        (await probe.AboutAsync(course.Id, exam.AddDays(7))).ShouldNotBeNull("a recorded score is not published").Values["waiting"].ShouldBe(1);

        await _api.PublishResultsAsync(course);

        (await probe.AboutAsync(course.Id, exam.AddDays(7))).ShouldBeNull("every result is published");
    }

    [Fact]
    public async Task A_failed_candidate_with_attempts_left_is_due_once_per_failed_attempt_on_the_day_it_is_published()
    {
        var probe = new ReminderProbe(app, "training.retake-window");
        var (course, trainees) = await _api.ExaminingAsync([8, 8], ("maxAttempts", 3));
        var (candidate, passed) = (trainees[0], trainees[1]);
        var today = app.Clock.Today();

        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (candidate.Id, 40m), (passed.Id, 80m)));
        (await probe.AboutAsync(candidate.Id, today)).ShouldBeNull("the result is not published yet");
        await _api.PublishResultsAsync(course);

        (await probe.DaysDueAsync(candidate.Id, today.AddDays(-1), today.AddDays(1))).ShouldBe([today]);
        (await probe.DaysDueAsync(passed.Id, today.AddDays(-1), today.AddDays(1))).ShouldBeEmpty("passed");
        var first = (await probe.AboutAsync(candidate.Id, today)).ShouldNotBeNull();
        first.ShouldSatisfyAllConditions(
            r => r.Parties.HolderUserId.ShouldBe(candidate.Enrolment.TraineeUserId),
            r => r.Values["attempt"].ShouldBe(1),
            r => r.Values["attemptsLeft"].ShouldBe(2),
            r => r.Values["score"].ShouldBe(40m),
            r => r.Values["publishedOn"].ShouldBe(today));

        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (candidate.Id, 45m)));
        (await probe.AboutAsync(candidate.Id, today)).ShouldBeNull("the retake is taken, its result pending");
        await _api.PublishResultsAsync(course);

        var second = (await probe.AboutAsync(candidate.Id, today)).ShouldNotBeNull("the second attempt failed too");
        second.Values["attemptsLeft"].ShouldBe(1);
        second.Occurrence.ShouldNotBe(first.Occurrence, "each failed attempt is its own occasion, even on the same day");
        second.Occurrence.ShouldContain("2");

        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (candidate.Id, 50m)));
        await _api.PublishResultsAsync(course);

        (await probe.AboutAsync(candidate.Id, today)).ShouldBeNull("no attempt left: a final fail");
    }

    [Fact]
    public async Task No_retake_is_due_once_the_course_is_completed()
    {
        var probe = new ReminderProbe(app, "training.retake-window");
        var (course, trainees) = await _api.ExaminingAsync([8]);
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainees[0].Id, 40m)));
        await _api.PublishResultsAsync(course);
        var today = app.Clock.Today();
        (await probe.AboutAsync(trainees[0].Id, today)).ShouldNotBeNull();

        await _api.AdvanceAsync(course, "complete");

        (await probe.AboutAsync(trainees[0].Id, today)).ShouldBeNull("scores are recorded only while the course is examining");
    }
}
