using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Events;

namespace Cqo.Platform.Persistence;

/// <summary>What every module's <see cref="IFactFeed{TFact}"/> does alike: keyset pages and lookups of many ids.</summary>
public static class FactFeedQueries
{
    /// <summary>Ids per lookup query: EF may send each as a parameter of its own, and SQL Server takes at most 2100.</summary>
    public const int IdsPerQuery = 500;

    /// <summary>
    /// The records whose id sorts after <paramref name="afterId"/> (all when null); order them by id
    /// in the same query. The comparison and the sort must both run in the database to agree: each
    /// provider orders ids its own way (PostgreSQL by bytes, SQLite by their text, SQL Server by the
    /// last group first), and none of them as <see cref="Guid.CompareTo(Guid)"/> does.
    /// </summary>
    public static IQueryable<T> After<T>(this IQueryable<T> records, Guid? afterId)
        where T : Entity =>
        afterId is { } after ? records.Where(r => r.Id > after) : records;

    /// <summary>Runs <paramref name="find"/> over <paramref name="ids"/> a bounded chunk at a time, each id once.</summary>
    public static async Task<IReadOnlyList<TFact>> FindInChunksAsync<TFact>(IReadOnlyCollection<Guid> ids, Func<Guid[], Task<List<TFact>>> find)
    {
        var facts = new List<TFact>(ids.Count);
        foreach (var chunk in ids.Distinct().Chunk(IdsPerQuery))
        {
            facts.AddRange(await find(chunk));
        }

        return facts;
    }
}
