using System.Linq.Expressions;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Outbox;

/// <summary>
/// Delivers the integration events that are due. A batch is claimed by one conditional UPDATE that
/// leases only messages whose lease is free, so hosts sharing the database never deliver a message
/// at the same time. Each handler runs in a scope of its own and its success is recorded per
/// (message, handler), so a retry calls only the handlers that failed. Failures are retried with
/// back-off until <see cref="OutboxOptions.MaxAttempts"/>, then the message is dead. A host claims
/// only events it has handlers for: one running older code during a rolling deployment leaves a new
/// event to the hosts that know it, rather than settling it with nothing done.
/// </summary>
internal sealed class OutboxDispatcher(
    PlatformDbContext db,
    IntegrationEventHandlers handlers,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    private static readonly TimeSpan s_firstRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_longestRetry = TimeSpan.FromHours(1);

    /// <summary>Wait before the next attempt: 30 s, doubling per attempt, at most an hour.</summary>
    public static TimeSpan BackOff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(s_longestRetry.Ticks, s_firstRetry.Ticks << Math.Clamp(attempts - 1, 0, 20)));

    /// <summary>Delivers batches until none is due; returns how many messages were settled (delivered, retried later or dead).</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var settled = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (count, more) = await DispatchBatchAsync(cancellationToken);
            settled += count;
            if (!more)
            {
                break;
            }
        }

        return settled;
    }

    private async Task<(int Settled, bool More)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.BatchSize;
        var now = clock.GetUtcNow().ToStoragePrecision();
        var handled = handlers.EventNames.ToList();
        var due = await db.OutboxMessages.AsNoTracking().Where(IsDue(now)).Where(m => handled.Contains(m.EventType))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (0, false);
        }

        var claim = await ClaimAsync(due, cancellationToken);
        var done = (await db.OutboxDeliveries.AsNoTracking().Where(d => due.Contains(d.MessageId)).ToListAsync(cancellationToken))
            .ToLookup(d => d.MessageId, d => d.Handler);
        var settled = 0;
        try
        {
            foreach (var message in claim.Messages)
            {
                if (clock.GetUtcNow() >= claim.Until)
                {
                    break; // others may claim the rest now; starting one could deliver it twice at once
                }

                var errors = await DeliverAsync(message, done[message.Id].ToHashSet(StringComparer.Ordinal), cancellationToken);
                await SettleAsync(message, claim.Lease, errors);
                settled++;
            }
        }
        finally
        {
            if (settled < claim.Messages.Count)
            {
                await ReleaseAsync([.. claim.Messages.Skip(settled).Select(m => m.Id)], claim.Lease);
            }
        }

        return (settled, due.Count == batchSize);
    }

    /// <summary>
    /// Leases those of <paramref name="ids"/> that are still due and free, and counts the attempt. The
    /// condition is checked again row by row by the UPDATE itself: of two dispatchers that read the
    /// same due ids, the second finds the lease taken and claims nothing.
    /// </summary>
    public async Task<Claim> ClaimAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToStoragePrecision();
        var lease = Guid.CreateVersion7(now);
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        await db.OutboxMessages.Where(m => ids.Contains(m.Id)).Where(IsDue(now)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LeaseId, lease)
            .SetProperty(m => m.LeasedUntil, until)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id) && m.LeaseId == lease)
            .OrderBy(m => m.NextAttemptAt).ToListAsync(cancellationToken);
        return new Claim(lease, until, messages);
    }

    private static Expression<Func<OutboxMessage, bool>> IsDue(DateTimeOffset now) =>
        m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil <= now);

    /// <summary>Calls the handlers that have not yet succeeded on this message; returns what failed.</summary>
    private async Task<List<string>> DeliverAsync(OutboxMessage message, HashSet<string> done, CancellationToken cancellationToken)
    {
        var registered = handlers.For(message.EventType);
        object integrationEvent;
        try
        {
            integrationEvent = registered[0].Read(message.Payload);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Bad JSON or an event type that refuses it: a failed attempt like any other, so it ends dead, not stuck first in line.
            logger.LogError(e, "Message {MessageId} ({EventType}) cannot be read", message.Id, message.EventType);
            return [$"payload: {e.GetType().Name}: {e.Message}"];
        }

        var errors = new List<string>();
        foreach (var handler in registered.Where(h => !done.Contains(h.HandlerName)))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await handler.Invoke(scope.ServiceProvider, integrationEvent, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Any failure of a handler is a failed delivery to retry, never a failed dispatch run.
                logger.LogWarning(e, "{Handler} failed on message {MessageId} ({EventType}), attempt {Attempt}", handler.HandlerName, message.Id, message.EventType, message.Attempts);
                errors.Add($"{handler.HandlerName}: {e.GetType().Name}: {e.Message}");
                continue;
            }

            await RecordDeliveryAsync(message.Id, handler.HandlerName);
        }

        return errors;
    }

    /// <summary>Not cancellable: a handler that succeeded must not run again for want of this row.</summary>
    private async Task RecordDeliveryAsync(Guid messageId, string handler)
    {
        db.OutboxDeliveries.Add(new OutboxDelivery(messageId, handler, clock.GetUtcNow().ToStoragePrecision()));
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A dispatcher whose lease had run out delivered it too, and recorded it first.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Records the outcome, unless the lease was lost meanwhile (then the new holder records its own).</summary>
    private async Task SettleAsync(OutboxMessage message, Guid lease, List<string> errors)
    {
        var now = clock.GetUtcNow().ToStoragePrecision();
        var mine = db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseId == lease);
        if (errors.Count == 0)
        {
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Delivered)
                .SetProperty(m => m.ProcessedAt, now)
                .SetProperty(m => m.LeaseId, (Guid?)null)
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return;
        }

        var error = string.Join('\n', errors);
        error = error.Length <= OutboxMessage.ErrorMaxLength ? error : error[..(OutboxMessage.ErrorMaxLength - 1)] + "…";
        var dead = message.Attempts >= options.Value.MaxAttempts;
        if (dead)
        {
            logger.LogError("Message {MessageId} ({EventType}) is dead after {Attempts} attempts: {Error}", message.Id, message.EventType, message.Attempts, error);
        }

        await mine.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, dead ? OutboxStatus.Dead : OutboxStatus.Pending)
            .SetProperty(m => m.ProcessedAt, dead ? now : null)
            .SetProperty(m => m.NextAttemptAt, now + BackOff(message.Attempts))
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LeaseId, (Guid?)null)
            .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <summary>Gives back claimed messages that were not attempted (stopped, or the lease ran out), uncounted.</summary>
    private async Task ReleaseAsync(List<Guid> ids, Guid lease) =>
        await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.LeaseId == lease).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, m => m.Attempts - 1)
            .SetProperty(m => m.LeaseId, (Guid?)null)
            .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), CancellationToken.None);

    /// <summary>The messages one dispatcher holds under <paramref name="Lease"/> until <paramref name="Until"/>.</summary>
    public sealed record Claim(Guid Lease, DateTimeOffset Until, List<OutboxMessage> Messages);
}
