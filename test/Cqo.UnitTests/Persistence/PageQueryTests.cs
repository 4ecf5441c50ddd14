using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Paging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cqo.UnitTests.Persistence;

/// <summary>The total of a page is right whether it was counted or told by a short page.</summary>
public sealed class PageQueryTests : IAsyncLifetime
{
    private const int Rows = 45;
    private static readonly SortMap<Row> s_sort = new SortMap<Row>("name", r => r.Id).Add("name", r => r.Name);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private RowContext _db = null!;

    [Theory]
    [InlineData(0, 20, 20)] // a full first page: counted
    [InlineData(40, 20, 5)] // a short last page: told
    [InlineData(0, 100, 45)] // everything on one short page: told
    [InlineData(25, 20, 20)] // a full middle page: counted
    [InlineData(45, 20, 0)] // an empty page just past the end: counted
    [InlineData(200, 20, 0)] // an empty page far past the end: counted
    public async Task The_total_is_the_whole_list_for_every_page(int skip, int take, int expectedItems)
    {
        var page = await _db.Rows.ToPageAsync(s_sort, new PageRequest(skip, take), CancellationToken.None);
        page.Items.Count.ShouldBe(expectedItems);
        page.TotalCount.ShouldBe(Rows);
    }

    [Fact]
    public async Task A_filter_that_finds_nothing_totals_zero()
    {
        var page = await _db.Rows.Where(r => r.Name == "none").ToPageAsync(s_sort, new PageRequest(), CancellationToken.None);
        page.TotalCount.ShouldBe(0);
    }

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new RowContext(new DbContextOptionsBuilder<RowContext>().UseSqlite(_connection).Options);
        await _db.Database.EnsureCreatedAsync();
        _db.Rows.AddRange(Enumerable.Range(1, Rows).Select(i => new Row { Id = i, Name = $"row {i:000}" }));
        await _db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private sealed class Row
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";
    }

    private sealed class RowContext(DbContextOptions<RowContext> options) : DbContext(options)
    {
        public DbSet<Row> Rows => Set<Row>();
    }
}
