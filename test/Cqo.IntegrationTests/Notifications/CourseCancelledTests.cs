using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Training;
using Cqo.Platform.Outbox;
using Cqo.Training.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Notifications;

/// <summary>A cancellation reaches the trainees at once: the integration event triggers the rule on the job server.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class CourseCancelledTests(CqoApp app)
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
}
