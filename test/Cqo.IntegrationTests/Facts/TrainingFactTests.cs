using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.IntegrationTests.Training;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Facts;

/// <summary>Enrolments as training feeds them to oversight, and the change events their saves store.</summary>
[Collection(HostCollection.Name)]
public sealed class TrainingFactTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);
    private readonly FactFeeds _feeds = new(app);

    [Fact]
    public async Task An_enrolment_fact_carries_its_course_and_dates_a_pass_by_the_Shanghai_day_its_result_was_published()
    {
        var (enterprise, staff) = await _api.EnterpriseWithStaffAsync(1);
        var course = await _api.PublishedCourseAsync(app.Clock.Today().AddDays(10));
        var appliedAt = app.Clock.GetUtcNow().ToStoragePrecision();
        var enrolment = (await TrainingApi.ReadAsync<List<EnrolmentDto>>(await _api.EnrolStaffAsync(course, enterprise.Id, staff[0].Id))).ShouldHaveSingleItem();
        var admitted = await _feeds.FactAsync<EnrolmentFact>(enrolment.Id);

        course = await _api.AdvanceAsync(course, "start");
        await _api.AttendAsync(course, (enrolment.Id, 8));
        course = await _api.AdvanceAsync(course, "start-exams");
        var eligible = await _feeds.FactAsync<EnrolmentFact>(enrolment.Id);
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (enrolment.Id, 86m)));
        var scored = await _feeds.FactAsync<EnrolmentFact>(enrolment.Id);
        // Published half an hour after midnight in Shanghai: still the day before in UTC.
        var published = _feeds.NextUtc(new TimeOnly(16, 30));
        _api.ClockTo(published);
        await _api.PublishResultsAsync(course);
        var passed = await _feeds.FactAsync<EnrolmentFact>(enrolment.Id);

        admitted.ShouldSatisfyAllConditions(
            f => f.Id.ShouldBe(enrolment.Id),
            f => f.CourseId.ShouldBe(course.Id),
            f => f.ProviderId.ShouldBe(course.ProviderId),
            f => f.CourseType.ShouldBe(CourseType.AppointmentTraining),
            f => f.SponsorId.ShouldBe(enterprise.Id),
            f => f.JurisdictionCode.ShouldBe(RegistryApi.Pudong),
            f => f.PersonId.ShouldBe(staff[0].Id),
            f => f.TraineeUserId.ShouldBe(enrolment.TraineeUserId),
            f => f.Status.ShouldBe(EnrolmentStatus.Admitted),
            f => f.Completed.ShouldBeFalse(),
            f => f.AppliedAt.ShouldBe(appliedAt),
            f => f.AppliedAt.ShouldBe(enrolment.CreatedAt),
            f => f.CourseStartsOn.ShouldBe(course.StartDate),
            f => f.CourseEndsOn.ShouldBe(course.EndDate),
            f => f.CourseHours.ShouldBe(24m),
            f => f.PassedOn.ShouldBeNull());
        eligible.Status.ShouldBe(EnrolmentStatus.EligibleForExam);
        eligible.Completed.ShouldBeTrue("attended enough to be examined");
        scored.PassedOn.ShouldBeNull("a score is the provider's draft until published");
        passed.ShouldSatisfyAllConditions(
            f => f.Status.ShouldBe(EnrolmentStatus.Passed),
            f => f.Completed.ShouldBeTrue(),
            f => f.PassedOn.ShouldBe(published.ToShanghaiDate()),
            f => f.PassedOn.ShouldBe(DateOnly.FromDateTime(published.UtcDateTime).AddDays(1)),
            f => f.CourseStartsOn.ShouldBe(course.StartDate));
    }

    [Fact]
    public async Task Each_save_stores_one_change_event_per_enrolment_it_changes_even_when_only_an_attendance_mark_changes()
    {
        var course = await _api.PublishedCourseAsync(app.Clock.Today().AddDays(10), capacity: 1);
        var seated = await _api.AppliedAsync(course);
        var waiting = await _api.AppliedAsync(course);
        var applied = await _feeds.ChangesAsync<EnrolmentChanged>(seated.Id);

        // Withdrawing frees the seat for the first on the waitlist: two enrolments in one save.
        var withdrawn = await _feeds.ChangesByAsync<EnrolmentChanged>(seated.Id, async () =>
            (await _feeds.ChangesByAsync<EnrolmentChanged>(waiting.Id, async () =>
                await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(seated.Client, seated.Enrolment, "withdraw")))).ShouldBe(1));
        course = await _api.AdvanceAsync(course, "start");
        var attended = await _feeds.ChangesByAsync<EnrolmentChanged>(waiting.Id, () => _api.AttendAsync(course, (waiting.Id, 6)));
        var attending = await _feeds.FactAsync<EnrolmentFact>(waiting.Id);
        var lastSession = course.Sessions.OrderBy(s => s.Date).ThenBy(s => s.StartTime).Last();
        var markOnly = await _feeds.ChangesByAsync<EnrolmentChanged>(waiting.Id, async () =>
            await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.SaveMarksAsync(course, TrainingApi.Mark(waiting.Id, lastSession.Id, AttendanceMark.Present))));

        applied.ShouldBe([new EnrolmentChanged(seated.Id)]);
        withdrawn.ShouldBe(1);
        (await _feeds.FactAsync<EnrolmentFact>(seated.Id)).Status.ShouldBe(EnrolmentStatus.Withdrawn);
        attended.ShouldBe(1);
        attending.Status.ShouldBe(EnrolmentStatus.Attending);
        markOnly.ShouldBe(1, "a mark is a change of the enrolment that owns it");
        (await _feeds.FactAsync<EnrolmentFact>(waiting.Id)).Status.ShouldBe(EnrolmentStatus.Attending, "only the mark changed");
    }
}
