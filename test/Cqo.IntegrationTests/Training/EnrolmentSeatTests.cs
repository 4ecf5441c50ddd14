using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>A course's seats: never more taken than it has, and a freed one goes to the first on the waitlist.</summary>
[Collection(HostCollection.Name)]
public sealed class EnrolmentSeatTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    private DateOnly Start => app.Clock.Today().AddDays(10);

    [Fact]
    public async Task Fifty_officers_racing_for_the_last_seat_leave_exactly_one_admitted_and_forty_nine_waitlisted()
    {
        var course = await _api.PublishedCourseAsync(Start, capacity: 2);
        await _api.AppliedAsync(course);
        var officers = Enumerable.Range(0, 50).Select(_ => _api.Officer()).ToList();

        var answers = await Task.WhenAll(officers.Select(o => _api.ApplyAsync(o, course)));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        var enrolments = await Task.WhenAll(answers.Select(a => a.Content.ReadFromJsonAsync<EnrolmentDto>(Json.Options)));
        enrolments.Count(e => e!.Status == EnrolmentStatus.Admitted).ShouldBe(1);
        enrolments.Count(e => e!.Status == EnrolmentStatus.Waitlisted).ShouldBe(49);
        var seats = await _api.CourseAsync(course);
        seats.SeatsTaken.ShouldBe(seats.Capacity);
        var provider = _api.Provider(course.ProviderId);
        (await TrainingApi.EnrolmentsAsync(provider, $"courseId={course.Id}&status=Admitted")).Count.ShouldBe(2);
        (await TrainingApi.EnrolmentsAsync(provider, $"courseId={course.Id}&status=Waitlisted")).Count.ShouldBe(49);
    }

    [Fact]
    public async Task One_officer_applying_five_times_at_once_is_enrolled_once_and_takes_one_seat()
    {
        var course = await _api.PublishedCourseAsync(Start);
        var officer = _api.Officer();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _api.ApplyAsync(officer, course)));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1, string.Join(", ", answers.Select(a => a.StatusCode)));
        answers.Where(a => a.StatusCode != HttpStatusCode.Created).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict);
        (await TrainingApi.EnrolmentsAsync(officer, "mine=true")).ShouldHaveSingleItem().Status.ShouldBe(EnrolmentStatus.Admitted);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(1);
    }

    [Fact]
    public async Task A_freed_seat_goes_to_whoever_joined_the_waitlist_first_and_the_seat_count_stays()
    {
        var course = await _api.PublishedCourseAsync(Start, capacity: 1);
        var enterprise = Guid.NewGuid();
        var sponsor = _api.Sponsor(enterprise);
        var seated = await _api.AppliedAsync(course);
        var appliedFirst = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var appliedSecond = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));

        // The sponsor confirms the second application first: it joins the waitlist first.
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        (await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(sponsor, appliedSecond.Enrolment, "confirm"))).WaitlistPosition.ShouldBe(1);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        (await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(sponsor, appliedFirst.Enrolment, "confirm"))).WaitlistPosition.ShouldBe(2);

        await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(seated.Client, seated.Enrolment, "withdraw"));

        (await TrainingApi.EnrolmentAsync(sponsor, appliedSecond.Id)).Status.ShouldBe(EnrolmentStatus.Admitted);
        var stillWaiting = await TrainingApi.EnrolmentAsync(sponsor, appliedFirst.Id);
        stillWaiting.Status.ShouldBe(EnrolmentStatus.Waitlisted);
        stillWaiting.WaitlistPosition.ShouldBe(1);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(1);

        await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(sponsor, stillWaiting, "withdraw"));
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(1, "a waitlisted trainee held no seat");
    }

    [Fact]
    public async Task Withdrawing_with_nobody_waiting_frees_the_seat_for_the_next_applicant()
    {
        var course = await _api.PublishedCourseAsync(Start, capacity: 1);
        var first = await _api.AppliedAsync(course);

        await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(first.Client, first.Enrolment, "withdraw"));

        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(0);
        (await _api.AppliedAsync(course)).Enrolment.Status.ShouldBe(EnrolmentStatus.Admitted);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(1);
    }

    [Fact]
    public async Task Nobody_withdraws_once_the_course_has_started()
    {
        var course = await _api.PublishedCourseAsync(Start, capacity: 1);
        var seated = await _api.AppliedAsync(course);
        var waiting = await _api.AppliedAsync(course);
        await _api.AdvanceAsync(course, "start");

        await (await TrainingApi.EnrolmentStepAsync(seated.Client, seated.Enrolment, "withdraw")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.course_state");
        await (await TrainingApi.EnrolmentStepAsync(_api.Provider(course.ProviderId), waiting.Enrolment, "withdraw"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.course_state");

        (await TrainingApi.EnrolmentAsync(seated.Client, seated.Id)).Status.ShouldBe(EnrolmentStatus.Admitted);
        (await _api.CourseAsync(course)).SeatsTaken.ShouldBe(1);
    }
}
