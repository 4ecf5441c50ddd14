using System.Collections.Concurrent;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Jobs;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Domain;
using Cqo.Reference.Infrastructure;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Time;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cqo.IntegrationTests.Platform;

/// <summary>
/// The outbox on the real database. The host's own job server dispatches too (right after a save,
/// and every minute), so the tests assert what was delivered and how often, not which dispatcher did it.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OutboxTests(CqoApp app)
{
    private OutboxProbe Probe => app.Services.GetRequiredService<OutboxProbe>();

    [Fact]
    public async Task An_event_published_with_a_change_is_saved_with_it()
    {
        var key = Guid.NewGuid();
        var now = app.Clock.GetUtcNow().ToStoragePrecision();
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReferenceDbContext>();
            db.RegulatorUnits.Add(Unit("OBX1"));
            id = db.Publish(new CountedEvent(key, "课程已通过"));
            await db.SaveChangesAsync();
        }

        var message = (await MessageAsync(id)).ShouldNotBeNull();
        message.Id.Version.ShouldBe(7);
        message.EventType.ShouldBe(CountedEvent.EventName);
        message.OccurredAt.ShouldBe(now);
        message.Payload.ShouldContain(key.ToString());
        message.Payload.ShouldContain("课程已通过");
        (await UnitExistsAsync("OBX1")).ShouldBeTrue();
    }

    [Fact]
    public async Task An_event_published_with_a_change_that_fails_to_save_is_not_stored()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReferenceDbContext>();
            db.RegulatorUnits.Add(Unit("OBX2"));
            await db.SaveChangesAsync();
        }

        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReferenceDbContext>();
            db.RegulatorUnits.Add(Unit("OBX2"));
            id = db.Publish(new CountedEvent(Guid.NewGuid(), "duplicate"));
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        (await MessageAsync(id)).ShouldBeNull();
    }

    [Fact]
    public async Task An_event_published_in_a_transaction_that_rolls_back_is_not_stored()
    {
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReferenceDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.RegulatorUnits.Add(Unit("OBX3"));
            id = db.Publish(new CountedEvent(Guid.NewGuid(), "rolled back"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        (await MessageAsync(id)).ShouldBeNull();
        (await UnitExistsAsync("OBX3")).ShouldBeFalse();
    }

    [Fact]
    public async Task Dispatch_delivers_an_event_to_its_handler_once()
    {
        var key = Guid.NewGuid();
        var id = await PublishAsync(new CountedEvent(key, "质量"));

        await DispatchAsync();
        var message = await DispatchUntilAsync(id, m => m.Status == OutboxStatus.Delivered);
        await DispatchAsync();

        Probe.Calls<CountingHandler>(key).ShouldBe(1);
        Probe.Received[key].ShouldBe(new CountedEvent(key, "质量"));
        message.Attempts.ShouldBe(1);
        message.ProcessedAt.ShouldNotBeNull();
        (await DeliveriesAsync(id)).ShouldBe([typeof(CountingHandler).FullName!]);
    }

    [Fact]
    public async Task A_failed_handler_is_retried_after_its_back_off_without_calling_again_the_handler_that_succeeded()
    {
        var key = Guid.NewGuid();
        var id = await PublishAsync(new FlakyEvent(key));

        var failed = await DispatchUntilAsync(id, m => m.Attempts == 1 && m.LeaseId == null);
        failed.Status.ShouldBe(OutboxStatus.Pending);
        failed.LastError.ShouldNotBeNull().ShouldContain(nameof(FailsFirstTimeHandler));
        failed.LastError.ShouldContain("first call fails");
        failed.NextAttemptAt.ShouldBe(app.Clock.GetUtcNow().ToStoragePrecision() + OutboxDispatcher.BackOff(1));
        (await DeliveriesAsync(id)).ShouldBe([typeof(FlakyEventRecorder).FullName!]);

        await DispatchAsync(); // not due yet
        Probe.Calls<FailsFirstTimeHandler>(key).ShouldBe(1);

        app.Clock.Advance(failed.NextAttemptAt - app.Clock.GetUtcNow());
        var delivered = await DispatchUntilAsync(id, m => m.Status == OutboxStatus.Delivered);

        delivered.Attempts.ShouldBe(2);
        Probe.Calls<FailsFirstTimeHandler>(key).ShouldBe(2);
        Probe.Calls<FlakyEventRecorder>(key).ShouldBe(1);
        (await DeliveriesAsync(id)).ShouldBe([typeof(FailsFirstTimeHandler).FullName!, typeof(FlakyEventRecorder).FullName!], ignoreOrder: true);
    }

    [Fact]
    public async Task Two_dispatchers_racing_deliver_each_message_once()
    {
        var keys = Enumerable.Range(0, 120).Select(_ => Guid.NewGuid()).ToList();
        List<Guid> ids;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            ids = [.. keys.Select(key => db.Publish(new CountedEvent(key, "race")))];
            await db.SaveChangesAsync();
        }

        await Task.WhenAll(Task.Run(DispatchAsync), Task.Run(DispatchAsync));
        foreach (var id in ids)
        {
            await DispatchUntilAsync(id, m => m.Status == OutboxStatus.Delivered);
        }

        keys.Select(Probe.Calls<CountingHandler>).ShouldAllBe(calls => calls == 1);
        await using var check = app.Services.CreateAsyncScope();
        var deliveries = await check.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxDeliveries.AsNoTracking()
            .Where(d => ids.Contains(d.MessageId)).CountAsync();
        deliveries.ShouldBe(ids.Count);
    }

    [Fact]
    public async Task A_message_claimed_by_one_dispatcher_cannot_be_claimed_by_another_until_its_lease_ends()
    {
        var key = Guid.NewGuid();
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Saved in a transaction of its own so that no dispatch is queued to take it first.
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            id = db.Publish(new CountedEvent(key, "lease"));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        // Both read the message as due; they claim it one after the other.
        var first = await ClaimAsync(id);
        var second = await ClaimAsync(id);

        second.Messages.ShouldBeEmpty();
        first.Messages.Count.ShouldBeLessThanOrEqualTo(1); // 0 only if the minute job took it in between
        var held = (await MessageAsync(id)).ShouldNotBeNull();
        if (first.Messages.Count == 1)
        {
            held.LeaseId.ShouldBe(first.Lease);
            held.LeasedUntil.ShouldBe(first.Until);
            Probe.Calls<CountingHandler>(key).ShouldBe(0);
            app.Clock.Advance(first.Until - app.Clock.GetUtcNow()); // the first dispatcher never finishes
        }

        var delivered = await DispatchUntilAsync(id, m => m.Status == OutboxStatus.Delivered);
        Probe.Calls<CountingHandler>(key).ShouldBe(1);
        delivered.Attempts.ShouldBe(first.Messages.Count + 1);
    }

    [Fact]
    public async Task A_message_whose_handler_keeps_failing_is_dead_after_the_maximum_attempts_and_not_retried()
    {
        var maxAttempts = app.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.MaxAttempts;
        maxAttempts.ShouldBe(10);
        var key = Guid.NewGuid();
        var id = await PublishAsync(new DoomedEvent(key));

        for (var attempt = 1; attempt < maxAttempts; attempt++)
        {
            var failed = await DispatchUntilAsync(id, m => m.Attempts == attempt && m.LeaseId == null);
            failed.Status.ShouldBe(OutboxStatus.Pending);
            app.Clock.Advance(failed.NextAttemptAt - app.Clock.GetUtcNow());
        }

        var dead = await DispatchUntilAsync(id, m => m.Status != OutboxStatus.Pending);
        dead.Status.ShouldBe(OutboxStatus.Dead);
        dead.Attempts.ShouldBe(maxAttempts);
        dead.ProcessedAt.ShouldNotBeNull();
        dead.LastError.ShouldNotBeNull().ShouldContain("never works");
        Probe.Calls<AlwaysFailsHandler>(key).ShouldBe(maxAttempts);

        app.Clock.Advance(TimeSpan.FromDays(1));
        await DispatchAsync();

        Probe.Calls<AlwaysFailsHandler>(key).ShouldBe(maxAttempts);
        (await MessageAsync(id)).ShouldNotBeNull().Status.ShouldBe(OutboxStatus.Dead);
    }

    [Fact]
    public async Task An_event_this_host_has_no_handler_for_is_left_for_a_host_that_has_one()
    {
        var id = await PublishAsync(new UnhandledEvent(Guid.NewGuid()));

        await DispatchAsync();

        var message = (await MessageAsync(id))!;
        message.Status.ShouldBe(OutboxStatus.Pending, "a host running older code must not settle an event it cannot handle");
        message.Attempts.ShouldBe(0);
        (await DeliveriesAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Dispatch_runs_every_minute_and_is_queued_by_a_save_that_publishes()
    {
        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            connection.GetRecurringJobs().ShouldContain(j => j.Id == DispatchOutboxJob.Id && j.Cron == DispatchOutboxJob.Cron);
        }

        var key = Guid.NewGuid();
        var id = await PublishAsync(new CountedEvent(key, "prompt"));

        // No dispatch here: the job queued by the save delivers it.
        var monitor = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!monitor.SucceededJobs(0, 1000).Any(j => j.Value.Job?.Type == typeof(DispatchOutboxJob) && j.Value.Job.Args.FirstOrDefault() is Guid g && g == id))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the queued dispatch did not run in time");
            await Task.Delay(100);
        }

        (await MessageAsync(id)).ShouldNotBeNull().Status.ShouldBe(OutboxStatus.Delivered);
        Probe.Calls<CountingHandler>(key).ShouldBe(1);
    }

    [Fact]
    public async Task Delivered_messages_are_pruned_with_their_deliveries_after_the_retention_and_pending_ones_are_kept()
    {
        var old = await PublishAsync(new CountedEvent(Guid.NewGuid(), "旧消息"));
        await DispatchUntilAsync(old, m => m.Status == OutboxStatus.Delivered);
        var unhandled = await PublishAsync(new UnhandledEvent(Guid.NewGuid()));
        // A day's retention: the host's clock is shared with the collection's other tests, so it moves as little as it can.
        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var recent = await PublishAsync(new CountedEvent(Guid.NewGuid(), "新消息"));
        await DispatchUntilAsync(recent, m => m.Status == OutboxStatus.Delivered);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var pruner = ActivatorUtilities.CreateInstance<OutboxPruner>(scope.ServiceProvider, Options.Create(new OutboxOptions { RetentionDays = 1 }));
            (await pruner.PruneAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        }

        (await MessageAsync(old)).ShouldBeNull();
        (await DeliveriesAsync(old)).ShouldBeEmpty();
        (await MessageAsync(recent)).ShouldNotBeNull().Status.ShouldBe(OutboxStatus.Delivered);
        (await DeliveriesAsync(recent)).ShouldNotBeEmpty();
        (await MessageAsync(unhandled)).ShouldNotBeNull().Status.ShouldBe(OutboxStatus.Pending);
    }

    [Fact]
    public static void A_second_event_type_under_a_taken_name_is_refused()
    {
        var services = new ServiceCollection().AddIntegrationEventHandler<CountedEvent, CountingHandler>();

        Should.Throw<InvalidOperationException>(() => services.AddIntegrationEventHandler<ImpostorEvent, ImpostorHandler>())
            .Message.ShouldContain(CountedEvent.EventName);
    }

    private static RegulatorUnit Unit(string code) => new(Guid.NewGuid(), code, code, code, RegulatorUnitKind.Special, null);

    private async Task<Guid> PublishAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IIntegrationEvent
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var id = db.Publish(integrationEvent);
        await db.SaveChangesAsync();
        return id;
    }

    private async Task<OutboxDispatcher.Claim> ClaimAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().ClaimAsync([id], CancellationToken.None);
    }

    private async Task DispatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }

    /// <summary>Dispatches until the message is as wanted; another dispatcher of the host may be holding it meanwhile.</summary>
    private async Task<OutboxMessage> DispatchUntilAsync(Guid id, Func<OutboxMessage, bool> wanted)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var message = (await MessageAsync(id)).ShouldNotBeNull();
            if (wanted(message))
            {
                return message;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"message {id} stayed {message.Status} after {message.Attempts} attempts: {message.LastError}");
            await DispatchAsync();
            await Task.Delay(50);
        }
    }

    private async Task<OutboxMessage?> MessageAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
    }

    private async Task<List<string>> DeliveriesAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxDeliveries.AsNoTracking()
            .Where(d => d.MessageId == id).Select(d => d.Handler).ToListAsync();
    }

    private async Task<bool> UnitExistsAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReferenceDbContext>().RegulatorUnits.AnyAsync(u => u.Code == code);
    }
}

/// <summary>The test-only events and handlers, registered in the test host by <see cref="CqoApp"/>.</summary>
internal static class OutboxTestHandlers
{
    public static void AddOutboxTestHandlers(this IServiceCollection services)
    {
        services.AddSingleton<OutboxProbe>();
        services.AddIntegrationEventHandler<CountedEvent, CountingHandler>();
        services.AddIntegrationEventHandler<FlakyEvent, FlakyEventRecorder>();
        services.AddIntegrationEventHandler<FlakyEvent, FailsFirstTimeHandler>();
        services.AddIntegrationEventHandler<DoomedEvent, AlwaysFailsHandler>();
        services.AddIntegrationEventHandler<Cqo.Training.Contracts.CoursePassed, FlakyCertificateIssuer>();
    }
}

/// <summary>Counts each handler's calls per event key, across dispatchers.</summary>
internal sealed class OutboxProbe
{
    private readonly ConcurrentDictionary<(string Handler, Guid Key), int> _calls = new();

    public ConcurrentDictionary<Guid, object> Received { get; } = new();

    public int Record<THandler>(Guid key, object integrationEvent)
    {
        Received[key] = integrationEvent;
        return _calls.AddOrUpdate((typeof(THandler).Name, key), 1, (_, calls) => calls + 1);
    }

    public int Calls<THandler>(Guid key) => _calls.GetValueOrDefault((typeof(THandler).Name, key));
}

internal sealed record CountedEvent(Guid Key, string Note) : IIntegrationEvent
{
    public static string EventName => "test.counted";
}

internal sealed record FlakyEvent(Guid Key) : IIntegrationEvent
{
    public static string EventName => "test.flaky";
}

internal sealed record DoomedEvent(Guid Key) : IIntegrationEvent
{
    public static string EventName => "test.doomed";
}

internal sealed record UnhandledEvent(Guid Key) : IIntegrationEvent
{
    public static string EventName => "test.unhandled";
}

/// <summary>Claims another event's name.</summary>
internal sealed record ImpostorEvent(int Number) : IIntegrationEvent
{
    public static string EventName => CountedEvent.EventName;
}

internal sealed class CountingHandler(OutboxProbe probe) : IIntegrationEventHandler<CountedEvent>
{
    public Task HandleAsync(CountedEvent integrationEvent, CancellationToken cancellationToken)
    {
        probe.Record<CountingHandler>(integrationEvent.Key, integrationEvent);
        return Task.CompletedTask;
    }
}

internal sealed class FlakyEventRecorder(OutboxProbe probe) : IIntegrationEventHandler<FlakyEvent>
{
    public Task HandleAsync(FlakyEvent integrationEvent, CancellationToken cancellationToken)
    {
        probe.Record<FlakyEventRecorder>(integrationEvent.Key, integrationEvent);
        return Task.CompletedTask;
    }
}

internal sealed class FailsFirstTimeHandler(OutboxProbe probe) : IIntegrationEventHandler<FlakyEvent>
{
    public Task HandleAsync(FlakyEvent integrationEvent, CancellationToken cancellationToken) =>
        probe.Record<FailsFirstTimeHandler>(integrationEvent.Key, integrationEvent) == 1
            ? throw new InvalidOperationException("first call fails")
            : Task.CompletedTask;
}

internal sealed class AlwaysFailsHandler(OutboxProbe probe) : IIntegrationEventHandler<DoomedEvent>
{
    public Task HandleAsync(DoomedEvent integrationEvent, CancellationToken cancellationToken)
    {
        probe.Record<AlwaysFailsHandler>(integrationEvent.Key, integrationEvent);
        throw new InvalidOperationException("never works");
    }
}

internal sealed class ImpostorHandler : IIntegrationEventHandler<ImpostorEvent>
{
    public Task HandleAsync(ImpostorEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}
