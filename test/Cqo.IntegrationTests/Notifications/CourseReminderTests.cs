using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Training;
using Cqo.Platform.Outbox;
using Cqo.SharedKernel.Security;
using Cqo.Training.Contracts;
using MimeKit;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Notifications;

/// <summary>Course reminders end to end: a cancellation reaches the trainees at once; a start comes with the calendar.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class CourseReminderTests(CqoApp app)
{
    private readonly TrainingApi _training = new(app);
    private readonly NotificationsApi _api = new(app);

    [Fact]
    public async Task The_cancellation_event_runs_the_cancelled_course_rule_without_waiting_for_its_schedule()
    {
        var course = await _training.PublishedCourseAsync(_api.Today.AddDays(12));
        var seated = await _training.AppliedAsync(course);
        await TrainingApi.ReadAsync<CourseDto>(await _training.StepAsync(await _training.CourseAsync(course), "cancel", "场地不可用"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        }

        // Nobody runs the rule here: the handler queued its recurring job, and the host's job server runs it.
        for (var waited = 0; waited < 100 && (await _api.RemindersAsync("course-cancelled", seated.Id.ToString())).Count == 0; waited++)
        {
            await Task.Delay(100);
        }

        (await _api.RemindersAsync("course-cancelled", seated.Id.ToString())).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_trainee_is_mailed_the_course_calendar_a_week_before_it_starts()
    {
        var trainee = await _api.AccountAsync(StandardRoles.Officer, ScopeKind.Individual);
        var course = await _training.PublishedCourseAsync(_api.Today.AddDays(9));
        await _training.AppliedAsync(course, _training.As("Individual::", [TrainingPermissions.Courses, TrainingPermissions.Enrolments, TrainingPermissions.EnrolmentsApply], trainee.Id));

        _api.MorningOf(course.Sessions.Min(s => s.Date).AddDays(-7));
        await _api.RunAsync("course-starting");
        await _api.DispatchAsync();

        var mail = app.Mail.To(trainee.Email!).ShouldHaveSingleItem();
        var calendar = mail.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        calendar.ContentType.MimeType.ShouldBe("text/calendar");
        using var content = new MemoryStream();
        await calendar.Content!.DecodeToAsync(content);
        var ics = System.Text.Encoding.UTF8.GetString(content.ToArray());
        ics.ShouldStartWith("BEGIN:VCALENDAR");
        course.Sessions.ShouldAllBe(session => ics.Contains(session.Id.ToString()));
    }
}
