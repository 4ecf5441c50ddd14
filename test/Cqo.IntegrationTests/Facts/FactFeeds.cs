using System.Text.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Facts;

/// <summary>The modules' fact feeds as oversight reads them, and the change events their records leave in the outbox.</summary>
internal sealed class FactFeeds(CqoApp app)
{
    public async Task<TFact> FactAsync<TFact>(Guid id)
        where TFact : IFact =>
        (await FindAsync<TFact>([id])).ShouldHaveSingleItem();

    public async Task<IReadOnlyList<TFact>> FindAsync<TFact>(IReadOnlyCollection<Guid> ids)
        where TFact : IFact
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IFactFeed<TFact>>().FindAsync(ids, CancellationToken.None);
    }

    /// <summary>Every fact, a page of <paramref name="take"/> at a time, and how many pages it took.</summary>
    public async Task<(List<TFact> Facts, int Pages)> AllAsync<TFact>(int take)
        where TFact : IFact
    {
        await using var scope = app.Services.CreateAsyncScope();
        var feed = scope.ServiceProvider.GetRequiredService<IFactFeed<TFact>>();
        var facts = new List<TFact>();
        var pages = 0;
        while (true)
        {
            var page = await feed.PageAsync(facts.Count == 0 ? null : facts[^1].Id, take, CancellationToken.None);
            page.Count.ShouldBeLessThanOrEqualTo(take);
            facts.AddRange(page);
            pages++;
            if (page.Count < take)
            {
                return (facts, pages);
            }
        }
    }

    /// <summary>The change events stored for record <paramref name="id"/>, read back from their payloads.</summary>
    public async Task<List<TEvent>> ChangesAsync<TEvent>(Guid id)
        where TEvent : IIntegrationEvent
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (name, key) = (TEvent.EventName, id.ToString());
        var payloads = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.EventType == name && m.Payload.Contains(key)).Select(m => m.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonSerializer.Deserialize<TEvent>(p, OutboxJson.Options)!)];
    }

    /// <summary>How many change events for <paramref name="id"/> <paramref name="act"/> stored.</summary>
    public async Task<int> ChangesByAsync<TEvent>(Guid id, Func<Task> act)
        where TEvent : IIntegrationEvent
    {
        var before = (await ChangesAsync<TEvent>(id)).Count;
        await act();
        return (await ChangesAsync<TEvent>(id)).Count - before;
    }

    /// <summary>The ids of <paramref name="records"/> as the database orders them, read in a scope of their own.</summary>
    public async Task<List<Guid>> IdsInOrderAsync<TContext>(Func<TContext, IQueryable<Guid>> records)
        where TContext : CqoDbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await records(scope.ServiceProvider.GetRequiredService<TContext>()).OrderBy(id => id).ToListAsync();
    }

    /// <summary>The next instant, from the shared clock's now, at <paramref name="time"/> UTC.</summary>
    public DateTimeOffset NextUtc(TimeOnly time)
    {
        var now = app.Clock.GetUtcNow();
        var at = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime), time, TimeSpan.Zero);
        return at > now ? at : at.AddDays(1);
    }
}
