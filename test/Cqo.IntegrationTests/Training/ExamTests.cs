using System.Net;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>Who may sit the exam, how many times, and who sees a score before it is published.</summary>
[Collection(HostCollection.Name)]
public sealed class ExamTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    [Fact]
    public async Task A_trainee_below_the_minimum_attendance_may_not_be_scored_until_their_attendance_is_corrected()
    {
        var (course, trainees) = await _api.ExaminingAsync([8, 6, 0]);
        var (full, short6, never) = (trainees[0], trainees[1], trainees[2]);

        var grid = await _api.GridAsync(course);
        var status = grid.Rows.ToDictionary(r => r.EnrolmentId, r => r.Status);
        (status[full.Id], status[short6.Id], status[never.Id]).ShouldBe((EnrolmentStatus.EligibleForExam, EnrolmentStatus.Incomplete, EnrolmentStatus.NoShow));

        var refused = await _api.ScoreAsync(course, (short6.Id, 80m));
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.scores_refused", "scores[0].enrolmentId");
        problem.GetProperty("errors").GetProperty("scores[0].enrolmentId")[0].GetString().ShouldNotBeNull().ShouldContain(short6.Enrolment.TraineeName);
        await (await _api.ScoreAsync(course, (full.Id, 90m), (never.Id, 70m))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.scores_refused", "scores[1].enrolmentId");
        (await _api.GridAsync(course)).Rows.ShouldAllBe(r => r.Attempts.Count == 0, "a refused sheet stores no score");

        var corrected = await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.SaveMarksAsync(course,
            TrainingApi.Mark(short6.Id, course.Sessions[6].Id, AttendanceMark.Present)));
        corrected.Rows.Single(r => r.EnrolmentId == short6.Id).ShouldSatisfyAllConditions(
            r => r.AttendancePercent.ShouldBe(87.5m),
            r => r.Status.ShouldBe(EnrolmentStatus.EligibleForExam));

        var scored = await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (short6.Id, 80m)));
        scored.Rows.Single(r => r.EnrolmentId == short6.Id).Attempts.ShouldHaveSingleItem().Score.ShouldBe(80m);
    }

    [Fact]
    public async Task With_two_attempts_a_trainee_who_fails_twice_has_failed_for_good_and_a_third_score_is_refused()
    {
        var (course, trainees) = await _api.ExaminingAsync([8], ("maxAttempts", 2));
        var trainee = trainees[0];

        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainee.Id, 40m)));
        var corrected = await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainee.Id, 45m)));
        corrected.Rows.Single().Attempts.ShouldHaveSingleItem().Score.ShouldBe(45m, "an unpublished score is corrected, not a new attempt");
        (await _api.PublishResultsAsync(course)).Rows.Single().Status.ShouldBe(EnrolmentStatus.Failed);

        var retake = await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainee.Id, 55m)));
        retake.Rows.Single().Attempts.Select(a => (a.Number, a.Score, a.Published)).ShouldBe([(1, 45m, true), (2, 55m, false)]);
        (await _api.PublishResultsAsync(course)).Rows.Single().Status.ShouldBe(EnrolmentStatus.FailedFinal);

        var third = await _api.ScoreAsync(course, (trainee.Id, 95m));
        await third.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.scores_refused", "scores[0].score");
        var mine = await TrainingApi.EnrolmentAsync(trainee.Client, trainee.Id);
        mine.Status.ShouldBe(EnrolmentStatus.FailedFinal);
        mine.Attempts.Select(a => a.Score).ShouldBe([45m, 55m]);
    }

    [Fact]
    public async Task A_score_is_shown_to_the_provider_at_once_and_to_the_trainee_only_once_published()
    {
        var (course, trainees) = await _api.ExaminingAsync([8]);
        var trainee = trainees[0];
        var provider = _api.Provider(course.ProviderId);
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainee.Id, 78.5m)));

        (await TrainingApi.EnrolmentAsync(provider, trainee.Id)).Attempts.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            a => a.Score.ShouldBe(78.5m), a => a.Published.ShouldBeFalse());
        var unpublished = await TrainingApi.EnrolmentAsync(trainee.Client, trainee.Id);
        unpublished.Attempts.ShouldBeEmpty();
        unpublished.Status.ShouldBe(EnrolmentStatus.EligibleForExam);
        (await TrainingApi.EnrolmentsAsync(trainee.Client, "mine=true")).Single().Attempts.ShouldBeEmpty();

        await _api.PublishResultsAsync(course);

        var published = await TrainingApi.EnrolmentAsync(trainee.Client, trainee.Id);
        published.Status.ShouldBe(EnrolmentStatus.Passed);
        published.Attempts.ShouldHaveSingleItem().ShouldSatisfyAllConditions(a => a.Score.ShouldBe(78.5m), a => a.Passed.ShouldBeTrue(), a => a.Published.ShouldBeTrue());
    }

    [Fact]
    public async Task A_course_completes_only_once_its_scores_are_published()
    {
        var (course, trainees) = await _api.ExaminingAsync([8]);
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainees[0].Id, 88m)));

        var early = await _api.StepAsync(await _api.CourseAsync(course), "complete");
        await early.ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.results_unpublished");

        await _api.PublishResultsAsync(course);
        var completed = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(await _api.CourseAsync(course), "complete"));
        completed.Status.ShouldBe(CourseStatus.Completed);
    }
}
