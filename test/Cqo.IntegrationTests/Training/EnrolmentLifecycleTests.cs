using System.Net;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>An application from the officer's side: admitted, waiting for the sponsor, waitlisted, rejected, withdrawn, applied again.</summary>
[Collection(HostCollection.Name)]
public sealed class EnrolmentLifecycleTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    private DateOnly Start => app.Clock.Today().AddDays(10);

    [Fact]
    public async Task A_private_officer_is_admitted_at_once_and_takes_a_seat()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var officer = _api.Officer();

        var response = await _api.ApplyAsync(officer, course);
        var enrolment = await TrainingApi.ReadAsync<EnrolmentDto>(response, HttpStatusCode.Created);

        response.Headers.Location!.ToString().ShouldBe($"/api/training/enrolments/{enrolment.Id}");
        enrolment.ShouldSatisfyAllConditions(
            e => e.Status.ShouldBe(EnrolmentStatus.Admitted),
            e => e.SponsorId.ShouldBeNull(),
            e => e.Channel.ShouldBe(EnrolmentChannel.Self),
            e => e.CourseId.ShouldBe(course.Id),
            e => e.WaitlistPosition.ShouldBeNull());
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(1);
    }

    [Fact]
    public async Task An_officer_with_a_sponsor_waits_for_it_and_its_confirmation_admits_them_or_waitlists_them_when_the_course_is_full()
    {
        var course = await _api.PublishedCourseAsync(Start, capacity: 1);
        var enterprise = Guid.NewGuid();
        var sponsor = _api.Sponsor(enterprise);

        var first = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));
        first.Enrolment.Status.ShouldBe(EnrolmentStatus.Applied);
        first.Enrolment.SponsorId.ShouldBe(enterprise);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(0, "an application waiting for its sponsor holds no seat");

        var admitted = await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(sponsor, first.Enrolment, "confirm"));
        admitted.Status.ShouldBe(EnrolmentStatus.Admitted);

        var second = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));
        var waitlisted = await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(sponsor, second.Enrolment, "confirm"));
        waitlisted.Status.ShouldBe(EnrolmentStatus.Waitlisted);
        waitlisted.WaitlistPosition.ShouldBe(1);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(1);
    }

    [Fact]
    public async Task A_sponsor_rejects_only_with_a_reason_and_the_rejected_officer_may_apply_again_on_the_same_enrolment()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var enterprise = Guid.NewGuid();
        var sponsor = _api.Sponsor(enterprise);
        var officer = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));

        var noReason = await TrainingApi.EnrolmentStepAsync(sponsor, officer.Enrolment, "reject");
        await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "reason");

        var rejected = await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(sponsor, officer.Enrolment, "reject", "岗位不符"));
        rejected.Status.ShouldBe(EnrolmentStatus.Rejected);
        rejected.Reason.ShouldBe("岗位不符");

        var again = await TrainingApi.ReadAsync<EnrolmentDto>(await _api.ApplyAsync(officer.Client, course), HttpStatusCode.Created);
        again.Id.ShouldBe(officer.Id);
        again.Status.ShouldBe(EnrolmentStatus.Applied);
        again.Reason.ShouldBeNull();
    }

    [Fact]
    public async Task A_withdrawn_officer_may_apply_again_on_the_same_enrolment_and_is_seated_again()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var officer = await _api.AppliedAsync(course);

        var withdrawn = await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(officer.Client, officer.Enrolment, "withdraw", "时间冲突"));
        withdrawn.Status.ShouldBe(EnrolmentStatus.Withdrawn);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(0);

        var again = await TrainingApi.ReadAsync<EnrolmentDto>(await _api.ApplyAsync(officer.Client, course), HttpStatusCode.Created);
        again.Id.ShouldBe(officer.Id);
        again.Status.ShouldBe(EnrolmentStatus.Admitted);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(1);
    }

    [Fact]
    public async Task Applying_again_while_the_application_is_active_is_a_conflict()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var admitted = await _api.AppliedAsync(course);
        var waiting = await _api.AppliedAsync(course, _api.OfficerOf(Guid.NewGuid()));

        await (await _api.ApplyAsync(admitted.Client, course)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await _api.ApplyAsync(waiting.Client, course)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(1);
        (await TrainingApi.EnrolmentsAsync(_api.Provider(course.ProviderId), $"courseId={course.Id}")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Nobody_applies_before_the_enrolment_window_opens_or_after_the_provider_closes_it()
    {
        var later = await _api.PublishedCourseAsync(app.Clock.Today().AddDays(60));
        later.EnrolmentOpens.ShouldBeGreaterThan(app.Clock.Today());
        await (await _api.ApplyAsync(_api.Officer(), later)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.enrolment_closed");

        var closed = await _api.AdvanceAsync(await _api.PublishedCourseAsync(Start), "close-enrolment");
        await (await _api.ApplyAsync(_api.Officer(), closed)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.enrolment_closed");
    }

    [Fact]
    public async Task A_draft_course_cannot_be_applied_for()
    {
        var provider = await _api.ApprovedProviderAsync();
        var draft = await _api.DraftCourseAsync(provider.Id, Start);

        await (await _api.ApplyAsync(_api.Officer(), draft)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
