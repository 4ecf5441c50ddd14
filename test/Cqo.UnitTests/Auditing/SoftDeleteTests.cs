using Cqo.Platform.Auditing;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cqo.UnitTests.Auditing;

/// <summary>The auditing interceptor on a real (in-memory) SQLite database and a small test model.</summary>
public sealed class SoftDeleteTests : IDisposable
{
    private static readonly Guid s_user = Guid.NewGuid();
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero).AddTicks(12_345));

    public SoftDeleteTests() => _connection.Open();

    [Fact]
    public async Task Removing_a_soft_deletable_aggregate_marks_it_and_keeps_the_parts_it_owns()
    {
        var id = await SeedAsync();

        await using (var db = Create())
        {
            db.Remove(await db.Folders.SingleAsync(f => f.Id == id));
            await db.SaveChangesAsync();
        }

        await using var check = Create();
        var folder = await check.Folders.IgnoreQueryFilters().SingleAsync(f => f.Id == id);
        folder.IsDeleted.ShouldBeTrue();
        folder.DeletedBy.ShouldBe(s_user);
        folder.Labels.Count.ShouldBe(2);
        folder.Labels.SelectMany(l => l.Notes).Count().ShouldBe(1, "parts owned by parts are kept too");
        (await check.Folders.AnyAsync(f => f.Id == id)).ShouldBeFalse("the query filter hides deleted rows");
        (await check.Set<EntityChange>().SingleAsync(c => c.EntityKey == id.ToString() && c.Kind == EntityChangeKind.Deleted)).ChangedBy.ShouldBe(s_user);
    }

    [Fact]
    public async Task Removing_one_owned_part_from_a_live_aggregate_still_deletes_it()
    {
        var id = await SeedAsync();

        await using (var db = Create())
        {
            var folder = await db.Folders.SingleAsync(f => f.Id == id);
            folder.Labels.RemoveAll(l => l.Name == "b");
            await db.SaveChangesAsync();
        }

        await using var check = Create();
        (await check.Folders.SingleAsync(f => f.Id == id)).Labels.Select(l => l.Name).ShouldBe(["a"]);
    }

    [Fact]
    public async Task Removing_only_a_part_of_a_part_renews_the_owners_stamp()
    {
        var id = await SeedAsync();
        Guid read;
        await using (var db = Create())
        {
            var folder = await db.Folders.SingleAsync(f => f.Id == id);
            read = folder.ConcurrencyStamp;
            folder.Labels.Single(l => l.Name == "a").Notes.Clear();
            await db.SaveChangesAsync();
        }

        await using var check = Create();
        var saved = await check.Folders.SingleAsync(f => f.Id == id);
        saved.ConcurrencyStamp.ShouldNotBe(read, "a part removed is a change of its owner, so an edit made from what was read before gets 409");
        saved.Labels.SelectMany(l => l.Notes).ShouldBeEmpty();
    }

    [Fact]
    public async Task Stamped_times_read_back_exactly()
    {
        var id = await SeedAsync();

        await using var check = Create();
        var created = (await check.Folders.SingleAsync(f => f.Id == id)).CreatedAt;
        created.ShouldBe(_clock.GetUtcNow().AddTicks(-5), "stamps are kept to the microsecond, as PostgreSQL keeps them");
    }

    [Fact]
    public async Task Rows_that_are_not_our_entities_are_not_copied_into_the_trail()
    {
        await SeedAsync();
        await using var db = Create();
        db.Add(new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey { FriendlyName = "key", Xml = "<secret/>" });
        await db.SaveChangesAsync();

        (await db.Set<EntityChange>().AnyAsync(c => c.EntityType == "DataProtectionKey")).ShouldBeFalse();
    }

    public void Dispose() => _connection.Dispose();

    private async Task<Guid> SeedAsync()
    {
        await using var db = Create();
        await db.Database.EnsureCreatedAsync();
        var folder = new Folder(Guid.NewGuid());
        folder.Labels.AddRange([new Label("a"), new Label("b")]);
        folder.Labels[0].Notes.Add(new Note("kept"));
        db.Add(folder);
        await db.SaveChangesAsync();
        return folder.Id;
    }

    private TestDbContext Create()
    {
        var db = new TestDbContext(new DbContextOptionsBuilder<TestDbContext>()
            .UseSqlite(_connection)
            .AddInterceptors(new AuditingInterceptor(_clock, new HttpContextAccessor()))
            .Options);
        db.AttachTo(new ServiceCollection().AddSingleton<ICurrentUser, FixedUser>().BuildServiceProvider());
        return db;
    }

    private sealed class FixedUser : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId => s_user;

        public string? UserName => "tester";


        public string? DisplayName => UserName;

        public string? ClientId => null;

        public DataScope Scope => DataScope.System;
    }

    private sealed class TestDbContext(DbContextOptions<TestDbContext> options) : CqoDbContext(options)
    {
        public DbSet<Folder> Folders => Set<Folder>();

        protected override void ConfigureModel(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Folder>(b =>
            {
                b.ToTable("Folders", "test");
                b.OwnsMany(f => f.Labels, l =>
                {
                    l.ToTable("Labels", "test");
                    l.WithOwner().HasForeignKey("FolderId");
                    l.HasKey("FolderId", nameof(Label.Name));
                    l.OwnsMany(x => x.Notes, n =>
                    {
                        n.ToTable("Notes", "test");
                        n.WithOwner().HasForeignKey("FolderId", "LabelName");
                        n.HasKey("FolderId", "LabelName", nameof(Note.Text));
                    });
                });
            });
            modelBuilder.Entity<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().ToTable("Keys", "test");
        }
    }
}

internal sealed class Folder : AggregateRoot, ISoftDelete
{
    public Folder(Guid id) : base(id) { }

    private Folder() { }

    public List<Label> Labels { get; } = [];

    public bool IsDeleted { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public Guid? DeletedBy { get; set; }
}

internal sealed class Label(string name)
{
    public string Name { get; private set; } = name;

    public List<Note> Notes { get; } = [];
}

internal sealed record Note(string Text);
