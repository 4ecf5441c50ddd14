using System.Text.Json;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Cqo.UnitTests.Persistence;

/// <summary>Records that announce their changes, saved on an in-memory SQLite database with the module contexts' interceptors.</summary>
public sealed class ChangeAnnouncementTests : IAsyncLifetime
{
    // A shared in-memory database, kept alive by this connection while each context opens its own.
    private readonly string _database = $"Data Source=file:announce-{Guid.NewGuid():N}?mode=memory&cache=shared";
    private readonly SqliteConnection _connection;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero));

    public ChangeAnnouncementTests() => _connection = new SqliteConnection(_database);

    [Fact]
    public async Task Every_save_that_adds_changes_or_deletes_a_record_or_one_of_its_parts_stores_one_event_for_it()
    {
        var id = Guid.NewGuid();
        await using var db = Create();

        db.Shelves.Add(new Shelf(id, "质量管理"));
        await db.SaveChangesAsync();
        var shelf = await db.Shelves.SingleAsync(s => s.Id == id);
        shelf.Name = "质量管理与标准化";
        shelf.Books.Add(new Book("卓越绩效"));
        await db.SaveChangesAsync();
        shelf.Books.Add(new Book("六西格玛"));
        await db.SaveChangesAsync();
        shelf.Books[0].Copies = 2;
        await db.SaveChangesAsync();
        shelf.Books.RemoveAt(1);
        await db.SaveChangesAsync();
        db.Shelves.Remove(shelf);
        await db.SaveChangesAsync();

        (await ChangesAsync(db)).ShouldBe(Enumerable.Repeat(new ShelfChanged(id), 6));
    }

    [Fact]
    public async Task A_save_that_leaves_a_record_as_it_was_or_changes_only_what_does_not_announce_stores_nothing()
    {
        await using var db = Create();
        db.Shelves.Add(new Shelf(Guid.NewGuid(), "计量"));
        await db.SaveChangesAsync();

        await db.SaveChangesAsync();
        db.Crates.Add(new Crate(Guid.NewGuid()));
        await db.SaveChangesAsync();

        (await ChangesAsync(db)).Count.ShouldBe(1);
        (await db.Messages.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Records_changed_in_one_save_announce_once_each()
    {
        await using var db = Create();
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };

        db.Shelves.AddRange(ids.Select(id => new Shelf(id, "认证认可")));
        db.SaveChanges();

        (await ChangesAsync(db)).Select(c => c.ShelfId).ShouldBe(ids, ignoreOrder: true);
    }

    [Fact]
    public async Task A_save_that_fails_stores_no_event()
    {
        var id = Guid.NewGuid();
        await using (var first = Create())
        {
            first.Shelves.Add(new Shelf(id, "检验检测"));
            await first.SaveChangesAsync();
        }

        await using var db = Create();
        db.Shelves.Add(new Shelf(id, "重复"));
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using var check = Create();
        (await ChangesAsync(check)).Count.ShouldBe(1);
    }

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = Create();
        await db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    private ShelfContext Create() => ShelfContext.Create(DatabaseProvider.Sqlite, _database, _clock);

    private static async Task<List<ShelfChanged>> ChangesAsync(ShelfContext db) =>
        [.. (await db.Messages.AsNoTracking().Where(m => m.EventType == "test.shelf-changed").Select(m => m.Payload).ToListAsync())
            .Select(p => JsonSerializer.Deserialize<ShelfChanged>(p, OutboxJson.Options)!)];
}
