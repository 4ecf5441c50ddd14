using System.Net;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>The provider marks an admitted trainee who never came a no-show, once the course is under way.</summary>
[Collection(HostCollection.Name)]
public sealed class EnrolmentNoShowTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    [Fact]
    public async Task A_no_show_is_marked_only_once_the_course_is_under_way_and_only_for_an_admitted_trainee_who_never_came()
    {
        var course = await _api.PublishedCourseAsync(app.Clock.Today().AddDays(10), capacity: 2);
        var trainees = await _api.AppliedAsync(course, 3);
        var (absent, came, waiting) = (trainees[0].Enrolment, trainees[1].Enrolment, trainees[2].Enrolment);
        waiting.Status.ShouldBe(EnrolmentStatus.Waitlisted);
        var provider = _api.Provider(course.ProviderId);

        await (await TrainingApi.EnrolmentStepAsync(provider, absent, "no-show")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.course_state");

        course = await _api.AdvanceAsync(course, "start");
        await _api.AttendAsync(course, (came.Id, 1), (absent.Id, 0));

        var markedAbsent = await TrainingApi.EnrolmentAsync(provider, absent.Id);
        markedAbsent.Status.ShouldBe(EnrolmentStatus.Admitted);
        var noShow = await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(provider, markedAbsent, "no-show"));
        noShow.Status.ShouldBe(EnrolmentStatus.NoShow, "marked absent is not having come");
        await (await TrainingApi.EnrolmentStepAsync(provider, noShow, "no-show")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.enrolment_state");
        var attending = await TrainingApi.EnrolmentAsync(provider, came.Id);
        attending.Status.ShouldBe(EnrolmentStatus.Attending);
        await (await TrainingApi.EnrolmentStepAsync(provider, attending, "no-show")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.enrolment_state");
        await (await TrainingApi.EnrolmentStepAsync(provider, waiting, "no-show")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.enrolment_state");
    }

    [Fact]
    public async Task A_no_show_who_turns_up_after_all_is_attending()
    {
        var course = await _api.PublishedCourseAsync(app.Clock.Today().AddDays(10));
        var trainee = (await _api.AppliedAsync(course)).Enrolment;
        course = await _api.AdvanceAsync(course, "start");
        await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(_api.Provider(course.ProviderId), trainee, "no-show"));

        var grid = await _api.AttendAsync(course, (trainee.Id, 1));

        grid.Rows.Single().Status.ShouldBe(EnrolmentStatus.Attending);
    }
}
