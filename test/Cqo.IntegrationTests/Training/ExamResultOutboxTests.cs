using System.Net;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Platform;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Training;

/// <summary>A published pass is announced through the outbox once, and its handler is retried until it has acted once.</summary>
[Collection(HostCollection.Name)]
public sealed class ExamResultOutboxTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    private OutboxProbe Probe => app.Services.GetRequiredService<OutboxProbe>();

    [Fact]
    public async Task Publishing_results_stores_one_course_passed_message_per_pass_and_publishing_again_stores_none()
    {
        var (course, trainees) = await _api.ExaminingAsync([8, 8, 8]);
        var (high, atPassMark, justBelow) = (trainees[0].Id, trainees[1].Id, trainees[2].Id);
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (high, 80m), (atPassMark, 60m), (justBelow, 59.5m)));

        await _api.PublishResultsAsync(course);
        await _api.PublishResultsAsync(course);

        (await PassMessagesAsync(high)).Count.ShouldBe(1);
        (await PassMessagesAsync(atPassMark)).Count.ShouldBe(1, "the pass mark passes");
        (await PassMessagesAsync(justBelow)).ShouldBeEmpty();

        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (justBelow, 75m)));
        await _api.PublishResultsAsync(course);

        (await PassMessagesAsync(justBelow)).Count.ShouldBe(1, "passed at the retake");
        (await PassMessagesAsync(high)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Eight_publications_at_once_announce_each_pass_once()
    {
        var (course, trainees) = await _api.ExaminingAsync([8, 8]);
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainees[0].Id, 70m), (trainees[1].Id, 90m)));
        var provider = _api.Provider(course.ProviderId);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.PostAsync($"/api/training/courses/{course.Id}/results/publish", null)));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
        answers.ShouldContain(a => a.StatusCode == HttpStatusCode.OK);
        (await PassMessagesAsync(trainees[0].Id)).Count.ShouldBe(1);
        (await PassMessagesAsync(trainees[1].Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_course_passed_handler_that_fails_is_retried_after_its_back_off_and_acts_once()
    {
        var (course, trainees) = await _api.ExaminingAsync([8]);
        var trainee = trainees[0];
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.ScoreAsync(course, (trainee.Id, 88m)));
        var publishedOn = app.Clock.Today();
        await _api.PublishResultsAsync(course);
        var id = (await PassMessagesAsync(trainee.Id)).ShouldHaveSingleItem().Id;

        var failed = await DispatchUntilAsync(id, m => m.Attempts == 1 && m.LeaseId == null);
        failed.Status.ShouldBe(OutboxStatus.Pending);
        failed.LastError.ShouldNotBeNull().ShouldContain("first call fails");
        await DispatchAsync(); // not due yet
        Probe.Calls<FlakyCertificateIssuer>(trainee.Id).ShouldBe(1);
        Probe.Calls<CertificateIssued>(trainee.Id).ShouldBe(0);

        _api.ClockTo(failed.NextAttemptAt);
        var delivered = await DispatchUntilAsync(id, m => m.Status == OutboxStatus.Delivered);
        await DispatchAsync();

        delivered.Attempts.ShouldBe(2);
        Probe.Calls<FlakyCertificateIssuer>(trainee.Id).ShouldBe(2);
        Probe.Calls<CertificateIssued>(trainee.Id).ShouldBe(1);
        Probe.Received[trainee.Id].ShouldBeOfType<CoursePassed>().ShouldSatisfyAllConditions(
            e => e.CourseId.ShouldBe(course.Id),
            e => e.ProviderId.ShouldBe(course.ProviderId),
            e => e.TraineeUserId.ShouldBe(trainee.Enrolment.TraineeUserId),
            e => e.TraineeName.ShouldBe(trainee.Enrolment.TraineeName),
            e => e.CourseHours.ShouldBe(24m),
            e => e.Score.ShouldBe(88m),
            e => e.PassedOn.ShouldBe(publishedOn));
    }

    private async Task<List<OutboxMessage>> PassMessagesAsync(Guid enrolmentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var key = enrolmentId.ToString();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.EventType == CoursePassed.EventName && m.Payload.Contains(key)).ToListAsync();
    }

    private async Task DispatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }

    /// <summary>Dispatches until the message is as wanted; the host's own dispatcher may be holding it meanwhile.</summary>
    private async Task<OutboxMessage> DispatchUntilAsync(Guid id, Func<OutboxMessage, bool> wanted)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var message = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
                if (wanted(message))
                {
                    return message;
                }

                DateTime.UtcNow.ShouldBeLessThan(deadline, $"message {id} stayed {message.Status} after {message.Attempts} attempts: {message.LastError}");
            }

            await DispatchAsync();
            await Task.Delay(50);
        }
    }
}
