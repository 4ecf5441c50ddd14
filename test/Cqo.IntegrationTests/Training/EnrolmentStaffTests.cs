using System.Net;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>An enterprise enrols people on its registry staff: the whole list, in its order, or none of it.</summary>
[Collection(HostCollection.Name)]
public sealed class EnrolmentStaffTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    private DateOnly Start => app.Clock.Today().AddDays(10);

    [Fact]
    public async Task An_enterprise_enrols_its_staff_who_are_seated_in_list_order_and_waitlisted_once_the_course_is_full()
    {
        var course = await _api.PublishedCourseAsync(Start, capacity: 2);
        var (enterprise, staff) = await _api.EnterpriseWithStaffAsync(4);
        var listed = new[] { staff[2], staff[0], staff[3], staff[1] };

        var enrolled = await TrainingApi.ReadAsync<List<EnrolmentDto>>(await _api.EnrolStaffAsync(course, enterprise.Id, [.. listed.Select(p => p.Id)]));

        enrolled.Count.ShouldBe(4);
        var of = enrolled.ToDictionary(e => e.PersonId!.Value);
        listed.Select(p => (of[p.Id].Status, of[p.Id].WaitlistPosition)).ShouldBe(new (EnrolmentStatus, int?)[]
        {
            (EnrolmentStatus.Admitted, null), (EnrolmentStatus.Admitted, null), (EnrolmentStatus.Waitlisted, 1), (EnrolmentStatus.Waitlisted, 2),
        });
        enrolled.ShouldAllBe(e => e.Channel == EnrolmentChannel.Sponsored && e.SponsorId == enterprise.Id);
        of[staff[0].Id].TraineeName.ShouldBe(staff[0].Name);
        of[staff[0].Id].IdNumberMasked.ShouldBe(staff[0].IdNumberMasked);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(2);

        var sponsor = _api.Sponsor(enterprise.Id);
        await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(sponsor, of[listed[0].Id], "withdraw"));
        (await TrainingApi.EnrolmentAsync(sponsor, of[listed[2].Id].Id)).Status.ShouldBe(EnrolmentStatus.Admitted, "the first waitlisted, by the list's order");
        (await TrainingApi.EnrolmentAsync(sponsor, of[listed[3].Id].Id)).WaitlistPosition.ShouldBe(1);
    }

    [Fact]
    public async Task Unknown_people_and_another_enterprises_staff_are_named_and_nobody_on_the_list_is_enrolled()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var (enterprise, staff) = await _api.EnterpriseWithStaffAsync(1);
        var (_, strangers) = await _api.EnterpriseWithStaffAsync(1);

        var refused = await _api.EnrolStaffAsync(course, enterprise.Id, staff[0].Id, strangers[0].Id, Guid.NewGuid());

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "personIds[1]", "personIds[2]");
        problem.GetProperty("errors").TryGetProperty("personIds[0]", out _).ShouldBeFalse();
        (await TrainingApi.EnrolmentsAsync(_api.Provider(course.ProviderId), $"courseId={course.Id}")).ShouldBeEmpty();
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(0);
    }

    [Fact]
    public async Task Someone_already_on_the_course_fails_the_whole_list_and_someone_withdrawn_may_be_enrolled_again()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var (enterprise, staff) = await _api.EnterpriseWithStaffAsync(2);
        var first = (await TrainingApi.ReadAsync<List<EnrolmentDto>>(await _api.EnrolStaffAsync(course, enterprise.Id, staff[0].Id))).Single();

        var again = await _api.EnrolStaffAsync(course, enterprise.Id, staff[1].Id, staff[0].Id);

        await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.staff_already_enrolled", "personIds[1]");
        (await TrainingApi.EnrolmentsAsync(_api.Provider(course.ProviderId), $"courseId={course.Id}")).ShouldHaveSingleItem().Id.ShouldBe(first.Id);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(1);

        await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(_api.Sponsor(enterprise.Id), first, "withdraw"));
        var back = (await TrainingApi.ReadAsync<List<EnrolmentDto>>(await _api.EnrolStaffAsync(course, enterprise.Id, staff[0].Id))).Single();
        back.Id.ShouldBe(first.Id);
        back.Status.ShouldBe(EnrolmentStatus.Admitted);
    }

    [Fact]
    public async Task A_sponsor_confirming_an_application_may_name_the_applicants_staff_record_but_not_another_enterprises()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var (enterprise, staff) = await _api.EnterpriseWithStaffAsync(1);
        var (_, strangers) = await _api.EnterpriseWithStaffAsync(1);
        var sponsor = _api.Sponsor(enterprise.Id);
        var applied = await _api.AppliedAsync(course, _api.OfficerOf(enterprise.Id));

        var foreign = await TrainingApi.EnrolmentStepAsync(sponsor, applied.Enrolment, "confirm", personId: strangers[0].Id);
        await foreign.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "personId");
        (await TrainingApi.EnrolmentAsync(sponsor, applied.Id)).Status.ShouldBe(EnrolmentStatus.Applied);

        var confirmed = await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(sponsor, applied.Enrolment, "confirm", personId: staff[0].Id));
        confirmed.Status.ShouldBe(EnrolmentStatus.Admitted);
        confirmed.PersonId.ShouldBe(staff[0].Id);
        confirmed.IdNumberMasked.ShouldBe(staff[0].IdNumberMasked);
    }
}
