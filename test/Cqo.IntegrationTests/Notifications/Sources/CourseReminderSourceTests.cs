using System.Text;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Training;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Notifications.Sources;

/// <summary>The course reminders of DOMAIN.md §5 as training finds them: before enrolment closes, before the start, on cancellation.</summary>
[Collection(HostCollection.Name)]
public sealed class CourseReminderSourceTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    private DateOnly Today => app.Clock.Today();

    [Fact]
    public async Task An_application_awaiting_its_enterprise_is_due_3_days_before_enrolment_closes_until_confirmed()
    {
        var probe = new ReminderProbe(app, "training.enrolment-closing");
        var course = await _api.PublishedCourseAsync(Today.AddDays(12));
        var closes = course.EnrolmentCloses;
        var enterprise = Guid.NewGuid();
        var awaiting = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));
        var seated = await _api.AppliedAsync(course);

        (await probe.DaysDueAsync(awaiting.Id, closes.AddDays(-5), closes.AddDays(1))).ShouldBe([closes.AddDays(-3)]);
        var due = (await probe.AboutAsync(awaiting.Id, closes.AddDays(-3))).ShouldNotBeNull();
        due.ShouldSatisfyAllConditions(
            r => r.Occurrence.ShouldBe($"3@{closes:yyyy-MM-dd}"),
            r => r.DueOn.ShouldBe(closes.AddDays(-3)),
            r => r.Parties.EnterpriseId.ShouldBe(enterprise),
            r => r.Parties.HolderUserId.ShouldBe(awaiting.Enrolment.TraineeUserId),
            r => r.Values["daysLeft"].ShouldBe(3),
            r => r.Values["enrolmentCloses"].ShouldBe(closes));
        (await probe.AboutAsync(awaiting.Id, closes, catchUpDays: 3)).ShouldNotBeNull("a host down on the day still sends it within the catch-up days")
            .DueOn.ShouldBe(closes.AddDays(-3));
        (await probe.AboutAsync(awaiting.Id, closes.AddDays(1), catchUpDays: 3)).ShouldBeNull();
        (await probe.DaysDueAsync(seated.Id, closes.AddDays(-5), closes)).ShouldBeEmpty("a private applicant holds a seat: nobody is to confirm");

        await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(_api.Sponsor(enterprise), awaiting.Enrolment, "confirm"));

        (await probe.AboutAsync(awaiting.Id, closes.AddDays(-3))).ShouldBeNull("confirmed");
    }

    [Fact]
    public async Task A_seated_trainee_is_due_7_days_and_1_day_before_the_first_session_with_the_course_calendar()
    {
        var probe = new ReminderProbe(app, "training.course-starting");
        var course = await _api.PublishedCourseAsync(Today.AddDays(12));
        var start = course.Sessions.Min(s => s.Date);
        var seated = await _api.AppliedAsync(course);
        var awaiting = await _api.AppliedAsync(course, _api.OfficerOf(Guid.NewGuid()));

        (await probe.DaysDueAsync(seated.Id, start.AddDays(-9), start)).ShouldBe([start.AddDays(-7), start.AddDays(-1)]);
        var due = (await probe.AboutAsync(seated.Id, start.AddDays(-7))).ShouldNotBeNull();
        due.ShouldSatisfyAllConditions(
            r => r.Occurrence.ShouldBe($"7@{start:yyyy-MM-dd}"),
            r => r.Parties.HolderUserId.ShouldBe(seated.Enrolment.TraineeUserId),
            r => r.Values["startsAt"].ShouldBe(start.AtShanghaiTime(new TimeOnly(9, 0))),
            r => r.Values["location"].ShouldBe("第一教室"),
            r => r.Link.ShouldBe($"/training/courses/{course.Id}"));
        (await probe.DaysDueAsync(awaiting.Id, start.AddDays(-9), start)).ShouldBeEmpty("not seated yet");

        var attachment = (await probe.AttachAsync(seated.Id)).ShouldNotBeNull();
        attachment.FileName.ShouldBe("course.ics");
        attachment.ContentType.ShouldBe("text/calendar; charset=utf-8; method=PUBLISH");
        var calendar = Encoding.UTF8.GetString(attachment.Content);
        calendar.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        calendar.ShouldContain("METHOD:PUBLISH\r\n");
        calendar.ShouldEndWith("END:VCALENDAR\r\n");
        foreach (var session in course.Sessions)
        {
            calendar.ShouldContain($"UID:{session.Id}@cqo-platform");
        }

        (await probe.AttachAsync(awaiting.Id)).ShouldBeNull("only a seat's holder gets the sessions (and their meeting links)");

        await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(seated.Client, await TrainingApi.EnrolmentAsync(seated.Client, seated.Id), "withdraw"));

        (await probe.AboutAsync(seated.Id, start.AddDays(-7))).ShouldBeNull("the seat was given up");
        (await probe.AttachAsync(seated.Id)).ShouldBeNull();
    }

    [Fact]
    public async Task A_course_under_half_full_is_due_to_its_provider_5_days_before_enrolment_closes()
    {
        var probe = new ReminderProbe(app, "training.course-under-filled");
        var underHalf = await _api.PublishedCourseAsync(Today.AddDays(12), capacity: 4);
        var half = await _api.PublishedCourseAsync(Today.AddDays(12), capacity: 4);
        await _api.AppliedAsync(underHalf);
        await _api.AppliedAsync(half, 2);
        var closes = underHalf.EnrolmentCloses;

        (await probe.DaysDueAsync(underHalf.Id, closes.AddDays(-7), closes)).ShouldBe([closes.AddDays(-5)]);
        (await probe.AboutAsync(underHalf.Id, closes.AddDays(-5))).ShouldNotBeNull().ShouldSatisfyAllConditions(
            r => r.Parties.ProviderId.ShouldBe(underHalf.ProviderId),
            r => r.Values["seatsTaken"].ShouldBe(1),
            r => r.Values["capacity"].ShouldBe(4),
            r => r.Occurrence.ShouldBe($"5@{closes:yyyy-MM-dd}"));
        (await probe.DaysDueAsync(half.Id, closes.AddDays(-7), closes)).ShouldBeEmpty("two of four seats are half");

        await _api.AppliedAsync(underHalf);

        (await probe.AboutAsync(underHalf.Id, closes.AddDays(-5))).ShouldBeNull("half full now");
    }

    [Fact]
    public async Task Everyone_a_cancelled_course_had_seated_waitlisted_or_awaiting_is_due_on_the_day_of_cancellation()
    {
        var probe = new ReminderProbe(app, "training.course-cancelled");
        var course = await _api.PublishedCourseAsync(Today.AddDays(12), capacity: 1);
        var enterprise = Guid.NewGuid();
        var seated = await _api.AppliedAsync(course);
        var waitlisted = await _api.AppliedAsync(course);
        var awaiting = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));
        var withdrawn = await _api.AppliedAsync(course, _api.OfficerOf(enterprise));
        await TrainingApi.ReadAsync<EnrolmentDto>(await TrainingApi.EnrolmentStepAsync(withdrawn.Client, withdrawn.Enrolment, "withdraw"));
        waitlisted.Enrolment.Status.ShouldBe(EnrolmentStatus.Waitlisted);
        (await probe.AboutAsync(seated.Id, Today)).ShouldBeNull("not cancelled yet");
        var starting = new ReminderProbe(app, "training.course-starting");
        var firstDay = course.Sessions.Min(s => s.Date);
        (await starting.AboutAsync(seated.Id, firstDay.AddDays(-7))).ShouldNotBeNull();

        await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(await _api.CourseAsync(course), "cancel", "讲师临时出差"));

        var today = Today;
        foreach (var told in new[] { seated, waitlisted, awaiting })
        {
            (await probe.DaysDueAsync(told.Id, today.AddDays(-1), today.AddDays(1))).ShouldBe([today]);
        }

        (await probe.DaysDueAsync(withdrawn.Id, today.AddDays(-1), today.AddDays(1))).ShouldBeEmpty("withdrawn before");
        (await probe.AboutAsync(awaiting.Id, today)).ShouldNotBeNull().ShouldSatisfyAllConditions(
            r => r.Occurrence.ShouldBe($"0@{today:yyyy-MM-dd}"),
            r => r.Parties.EnterpriseId.ShouldBe(enterprise),
            r => r.Parties.HolderUserId.ShouldBe(awaiting.Enrolment.TraineeUserId),
            r => r.Values["reason"].ShouldBe("讲师临时出差"),
            r => r.Values["cancelledOn"].ShouldBe(today));
        (await probe.AboutAsync(seated.Id, today.AddDays(3), catchUpDays: 3)).ShouldNotBeNull().DueOn.ShouldBe(today);
        (await probe.AboutAsync(seated.Id, today.AddDays(4), catchUpDays: 3)).ShouldBeNull();
        (await starting.AboutAsync(seated.Id, firstDay.AddDays(-7))).ShouldBeNull("a cancelled course does not start");
        (await starting.AttachAsync(seated.Id)).ShouldBeNull("its sessions are off");
    }
}
