using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>Who sponsors an officer's application: their enterprise as it is when they apply, never a training provider.</summary>
[Collection(HostCollection.Name)]
public sealed class EnrolmentSponsorTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    private DateOnly Start => app.Clock.Today().AddDays(10);

    [Fact]
    public async Task An_officer_of_an_enterprise_under_a_special_area_is_sponsored_and_seen_by_that_area()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var enterprise = Guid.NewGuid();

        var applied = await _api.AppliedAsync(course, _api.OfficerOf(enterprise, "LINGANG"));

        applied.Enrolment.Status.ShouldBe(EnrolmentStatus.Applied);
        var lingang = _api.As("DistrictRegulator::LINGANG", [TrainingPermissions.Enrolments]);
        (await TrainingApi.EnrolmentsAsync(lingang, $"courseId={course.Id}")).ShouldHaveSingleItem().Id.ShouldBe(applied.Enrolment.Id);
    }

    [Fact]
    public async Task A_providers_own_staff_member_applies_privately_and_is_seated_at_once()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var otherProvider = await _api.ApprovedProviderAsync();

        var applied = await _api.AppliedAsync(course, _api.OfficerOf(otherProvider.Id, "310104"));

        applied.Enrolment.ShouldSatisfyAllConditions(e => e.SponsorId.ShouldBeNull(), e => e.Status.ShouldBe(EnrolmentStatus.Admitted));
        (await TrainingApi.EnrolmentsAsync(_api.Provider(otherProvider.Id), $"courseId={course.Id}")).ShouldBeEmpty("a provider sees no staff of its own on another's course");
    }

    [Fact]
    public async Task An_officer_who_changed_employer_applies_again_under_the_new_one()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var (before, after, officer) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var first = await _api.AppliedAsync(course, _api.OfficerOf(before, userId: officer));
        await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(first.Client, first.Enrolment, "withdraw"));

        var again = await _api.AppliedAsync(course, _api.OfficerOf(after, userId: officer));

        again.Enrolment.ShouldSatisfyAllConditions(
            e => e.Id.ShouldBe(first.Enrolment.Id, "the withdrawn enrolment is reused"),
            e => e.SponsorId.ShouldBe(after),
            e => e.Status.ShouldBe(EnrolmentStatus.Applied));
        (await TrainingApi.EnrolmentsAsync(_api.Sponsor(before), $"courseId={course.Id}")).ShouldBeEmpty();
        (await TrainingApi.EnrolmentsAsync(_api.Sponsor(after), $"courseId={course.Id}")).ShouldHaveSingleItem();
    }
}
