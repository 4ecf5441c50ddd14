using System.Text.RegularExpressions;
using Cqo.Platform.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Cqo.UnitTests.Persistence;

/// <summary>The fact feeds' keyset pages and chunked lookups.</summary>
public sealed partial class FactFeedQueriesTests
{
    private static readonly FakeTimeProvider s_clock = new(new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.SqlServer, "Server=unused;Database=unused")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=unused;Database=unused")]
    public async Task A_page_compares_and_sorts_ids_in_the_database(DatabaseProvider provider, string connectionString)
    {
        await using var db = ShelfContext.Create(provider, connectionString, s_clock);

        var sql = db.Shelves.After(Guid.NewGuid()).OrderBy(s => s.Id).Take(10).Select(s => s.Id).ToQueryString();

        KeysetWhere().IsMatch(sql).ShouldBeTrue(sql);
        KeysetOrder().IsMatch(sql).ShouldBeTrue(sql);
    }

    [Fact]
    public async Task Pages_on_SQLite_give_every_row_once_in_its_own_order()
    {
        var database = $"Data Source=file:keyset-{Guid.NewGuid():N}?mode=memory&cache=shared";
        await using var keepAlive = new SqliteConnection(database);
        await keepAlive.OpenAsync();
        await using var db = ShelfContext.Create(DatabaseProvider.Sqlite, database, s_clock);
        await db.Database.EnsureCreatedAsync();
        db.Shelves.AddRange(Enumerable.Range(0, 40).Select(i => new Shelf(Guid.NewGuid(), $"shelf {i}")));
        await db.SaveChangesAsync();

        var paged = new List<Guid>();
        while (true)
        {
            var page = await db.Shelves.AsNoTracking().After(paged.Count == 0 ? null : paged[^1]).OrderBy(s => s.Id).Take(7).Select(s => s.Id).ToListAsync();
            paged.AddRange(page);
            if (page.Count < 7)
            {
                break;
            }
        }

        paged.ShouldBe(await db.Shelves.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());
        paged.ShouldBeUnique();
        paged.Count.ShouldBe(40);
    }

    [Fact]
    public async Task A_lookup_asks_for_each_id_once_and_a_bounded_number_at_a_time()
    {
        var ids = Enumerable.Range(0, 2 * FactFeedQueries.IdsPerQuery + 1).Select(_ => Guid.NewGuid()).ToList();
        var asked = new List<Guid[]>();

        var found = await FactFeedQueries.FindInChunksAsync([.. ids, .. ids.Take(10)], chunk =>
        {
            asked.Add(chunk);
            return Task.FromResult(chunk.Take(1).ToList());
        });

        asked.Count.ShouldBe(3);
        asked.ShouldAllBe(chunk => chunk.Length <= FactFeedQueries.IdsPerQuery);
        asked.SelectMany(chunk => chunk).ShouldBe(ids);
        found.Count.ShouldBe(3);
    }

    [GeneratedRegex(@"WHERE .*\S*Id\S*\s+>\s+@after", RegexOptions.IgnoreCase)]
    private static partial Regex KeysetWhere();

    [GeneratedRegex(@"ORDER BY\s+\S*Id\S*", RegexOptions.IgnoreCase)]
    private static partial Regex KeysetOrder();
}
