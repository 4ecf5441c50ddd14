using System.Net;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>Who sees an enrolment and who may withdraw it: its trainee, its sponsor, its course's provider, its sponsor's district.</summary>
[Collection(HostCollection.Name)]
public sealed class EnrolmentAccessTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    private DateOnly Start => app.Clock.Today().AddDays(10);

    [Fact]
    public async Task Another_officer_can_neither_see_nor_withdraw_someone_elses_enrolment()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var mine = await _api.AppliedAsync(course);
        var other = _api.Officer();

        await (await other.GetAsync($"/api/training/enrolments/{mine.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await TrainingApi.EnrolmentStepAsync(other, mine.Enrolment, "withdraw")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await TrainingApi.EnrolmentsAsync(other, $"courseId={course.Id}")).ShouldBeEmpty();
        (await TrainingApi.EnrolmentAsync(mine.Client, mine.Id)).Status.ShouldBe(EnrolmentStatus.Admitted);
    }

    [Fact]
    public async Task The_sponsor_and_the_provider_may_withdraw_a_trainee_but_another_enterprise_or_provider_may_not()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var enterprise = Guid.NewGuid();
        var sponsored = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));
        var confirmed = await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(_api.Sponsor(enterprise), sponsored.Enrolment, "confirm"));
        var privately = await _api.AppliedAsync(course);

        await (await TrainingApi.EnrolmentStepAsync(_api.Sponsor(Guid.NewGuid()), confirmed, "withdraw")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await TrainingApi.EnrolmentStepAsync(_api.Provider(Guid.NewGuid()), privately.Enrolment, "withdraw")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var bySponsor = await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(_api.Sponsor(enterprise), confirmed, "withdraw", "另行安排"));
        bySponsor.Status.ShouldBe(EnrolmentStatus.Withdrawn);
        bySponsor.Reason.ShouldBe("另行安排");
        var byProvider = await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(_api.Provider(course.ProviderId), privately.Enrolment, "withdraw"));
        byProvider.Status.ShouldBe(EnrolmentStatus.Withdrawn);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(0);
    }

    [Fact]
    public async Task A_provider_sees_only_the_enrolments_on_its_own_courses()
    {
        var ours = await _api.PublishedCourseAsync(Start);
        var theirs = await _api.PublishedCourseAsync(Start);
        var ourTrainee = await _api.AppliedAsync(ours);
        var theirTrainee = await _api.AppliedAsync(theirs);
        var provider = _api.Provider(ours.ProviderId);

        (await TrainingApi.EnrolmentsAsync(provider, "")).Select(e => e.Id).ShouldBe([ourTrainee.Id]);
        (await TrainingApi.EnrolmentsAsync(provider, $"courseId={theirs.Id}")).ShouldBeEmpty();
        await (await provider.GetAsync($"/api/training/enrolments/{theirTrainee.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_enterprise_sees_only_the_enrolments_it_sponsors()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var enterprise = Guid.NewGuid();
        var ours = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));
        var theirs = await _api.AppliedAsync(course, _api.OfficerOf(Guid.NewGuid()));
        var privately = await _api.AppliedAsync(course);
        var sponsor = _api.Sponsor(enterprise);

        (await TrainingApi.EnrolmentsAsync(sponsor, $"courseId={course.Id}")).Select(e => e.Id).ShouldBe([ours.Id]);
        await (await sponsor.GetAsync($"/api/training/enrolments/{theirs.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await sponsor.GetAsync($"/api/training/enrolments/{privately.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_officer_asking_for_their_own_enrolments_gets_only_theirs()
    {
        var first = await _api.PublishedCourseAsync(Start);
        var second = await _api.PublishedCourseAsync(Start);
        var officer = _api.Officer();
        var mine = new[] { await _api.AppliedAsync(first, officer), await _api.AppliedAsync(second, officer) };
        await _api.AppliedAsync(first);
        await _api.AppliedAsync(second);

        (await TrainingApi.EnrolmentsAsync(officer, "mine=true")).Select(e => e.Id).ShouldBe(mine.Select(m => m.Id), ignoreOrder: true);
        (await TrainingApi.EnrolmentsAsync(_api.Provider(first.ProviderId), "mine=true")).ShouldBeEmpty("a provider's account is nobody's trainee");
    }

    [Fact]
    public async Task A_district_regulator_sees_the_enrolments_of_enterprises_in_its_district_and_no_others()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var pudongOfficer = await _api.AppliedAsync(course, _api.OfficerOf(Guid.NewGuid(), RegistryApi.Pudong));
        var xuhuiOfficer = await _api.AppliedAsync(course, _api.OfficerOf(Guid.NewGuid(), RegistryApi.Xuhui));
        var privately = await _api.AppliedAsync(course);
        var (enterprise, staff) = await _api.EnterpriseWithStaffAsync(1, RegistryApi.Pudong);
        enterprise.RegulatorUnitCode.ShouldBe(RegistryApi.Pudong);
        var pudongStaff = (await TrainingApi.ReadAsync<List<EnrolmentDto>>(await _api.EnrolStaffAsync(course, enterprise.Id, staff[0].Id))).Single();
        var regulator = _api.As($"DistrictRegulator::{RegistryApi.Pudong}", [TrainingPermissions.Enrolments]);

        (await TrainingApi.EnrolmentsAsync(regulator, $"courseId={course.Id}")).Select(e => e.Id).ShouldBe([pudongOfficer.Id, pudongStaff.Id], ignoreOrder: true);
        (await TrainingApi.EnrolmentAsync(regulator, pudongStaff.Id)).PersonId.ShouldBe(staff[0].Id);
        await (await regulator.GetAsync($"/api/training/enrolments/{xuhuiOfficer.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await regulator.GetAsync($"/api/training/enrolments/{privately.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
