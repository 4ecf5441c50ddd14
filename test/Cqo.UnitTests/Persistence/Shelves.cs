using Cqo.Platform.Auditing;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.UnitTests.Persistence;

/// <summary>A small model for the persistence tests: shelves announce their changes and own their books; crates do not announce.</summary>
internal sealed class ShelfContext(DbContextOptions<ShelfContext> options) : CqoDbContext(options)
{
    public DbSet<Shelf> Shelves => Set<Shelf>();

    public DbSet<Crate> Crates => Set<Crate>();

    internal DbSet<OutboxMessage> Messages => OutboxMessages;

    /// <summary>A context on <paramref name="provider"/> that audits and announces as a module's context does, acting as the system.</summary>
    public static ShelfContext Create(DatabaseProvider provider, string connectionString, TimeProvider clock)
    {
        var options = new DbContextOptionsBuilder<ShelfContext>();
        options.UseCqoDatabase(provider, connectionString)
            .AddInterceptors(new AuditingInterceptor(clock, new HttpContextAccessor()), ChangeAnnouncingInterceptor.Instance);
        var db = new ShelfContext(options.Options);
        db.AttachTo(new ServiceCollection().AddSingleton(clock).BuildServiceProvider());
        return db;
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Shelf>(b =>
        {
            b.ToTable("Shelves", "test");
            b.OwnsMany(s => s.Books, k =>
            {
                k.ToTable("Books", "test");
                k.WithOwner().HasForeignKey("ShelfId");
                k.HasKey("ShelfId", nameof(Book.Title));
            });
        });
        modelBuilder.Entity<Crate>().ToTable("Crates", "test");
    }
}

internal sealed class Shelf : AggregateRoot, IAnnouncesChanges, ISoftDelete
{
    public Shelf(Guid id, string name)
        : base(id) => Name = name;

    private Shelf() { }

    public string Name { get; set; } = "";

    public List<Book> Books { get; } = [];

    public bool IsDeleted { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public Guid? DeletedBy { get; set; }

    public void AnnounceChange(IIntegrationEventSink events) => events.Publish(new ShelfChanged(Id));
}

internal sealed class Book(string title)
{
    public string Title { get; private set; } = title;

    public int Copies { get; set; } = 1;
}

internal sealed class Crate(Guid id) : AggregateRoot(id)
{
    public string Label { get; set; } = "";
}

internal sealed record ShelfChanged(Guid ShelfId) : IIntegrationEvent
{
    public static string EventName => "test.shelf-changed";
}
