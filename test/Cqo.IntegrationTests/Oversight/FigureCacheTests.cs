using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Time;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>
/// Figures of periods that are over are kept between requests, and a change to a fact of one of their months, into
/// it, within it or out of it, is seen by the next request. The filing written here lies in 2017 and 2018, years the
/// other tests do not ask about, and is removed at the end.
/// </summary>
[Collection(OversightCollection.Name)]
public sealed class FigureCacheTests(CqoApp app) : IAsyncLifetime
{
    private const string Years = "period=year&from=2017&to=2018";
    private readonly OversightApi _api = new(app);

    public Task InitializeAsync() => FigureFixture.WriteOnceAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_kept_figure_follows_every_change_to_its_facts()
    {
        var municipal = _api.Municipal();
        (await OversightApi.FigureAsync(municipal, "filings.new", Years)).ValuesOf().ShouldBe([0m, 0m]);
        (await OversightApi.FigureAsync(municipal, "filings.active", Years)).ValuesOf().ShouldBe([0m, 0m]);

        var id = Guid.NewGuid();
        await WriteAsync(id, approved: new(2017, 5, 10), ended: null);
        (await OversightApi.FigureAsync(municipal, "filings.new", Years)).ValuesOf().ShouldBe([1m, 0m]);
        (await OversightApi.FigureAsync(municipal, "filings.active", Years)).ValuesOf().ShouldBe([1m, 1m]);
        var byDistrict = await OversightApi.FigureAsync(municipal, "filings.new", $"{Years}&by=district");
        byDistrict.ValuesOf("310151").ShouldBe([1m, 0m]);

        // Moved from one kept year to the other, then ended within the second.
        await WriteAsync(id, approved: new(2018, 2, 1), ended: new(2018, 9, 30));
        (await OversightApi.FigureAsync(municipal, "filings.new", Years)).ValuesOf().ShouldBe([0m, 1m]);
        (await OversightApi.FigureAsync(municipal, "filings.active", Years)).ValuesOf().ShouldBe([0m, 0m]);
        (await OversightApi.FigureAsync(municipal, "filings.ended", Years)).ValuesOf().ShouldBe([0m, 1m]);

        // A change of dimension alone moves it between rows.
        await DescribeAsync(id, "310120");
        byDistrict = await OversightApi.FigureAsync(municipal, "filings.new", $"{Years}&by=district");
        byDistrict.Rows.ShouldNotContain(r => r.Code == "310151");
        byDistrict.ValuesOf("310120").ShouldBe([0m, 1m]);

        await RemoveAsync(id);
        (await OversightApi.FigureAsync(municipal, "filings.new", Years)).ValuesOf().ShouldBe([0m, 0m]);
        (await OversightApi.FigureAsync(municipal, "filings.ended", Years)).ValuesOf().ShouldBe([0m, 0m]);
    }

    [Fact]
    public async Task A_kept_running_period_follows_a_change_to_this_months_facts()
    {
        var municipal = _api.Municipal();
        var today = app.Clock.Today();
        var thisMonth = $"period=month&from={today:yyyy-MM}&to={today:yyyy-MM}";
        var before = (await OversightApi.FigureAsync(municipal, "filings.new", thisMonth)).ValuesOf().Single();
        (await OversightApi.FigureAsync(municipal, "filings.new", thisMonth)).ValuesOf().Single().ShouldBe(before, "kept, and unchanged");

        var id = Guid.NewGuid();
        await WriteAsync(id, approved: today, ended: null);
        (await OversightApi.FigureAsync(municipal, "filings.new", thisMonth)).ValuesOf().Single().ShouldBe(before + 1);

        await RemoveAsync(id);
        (await OversightApi.FigureAsync(municipal, "filings.new", thisMonth)).ValuesOf().Single().ShouldBe(before);
    }

    [Fact]
    public async Task A_version_read_is_trusted_for_the_configured_time_then_read_again()
    {
        var computed = 0;
        Task<List<Cell>> ComputeAsync() => Task.FromResult<List<Cell>>([new Cell(null, 2017, 0, ++computed)]);
        async Task<decimal> AskAsync()
        {
            using var scope = app.Services.CreateScope();
            var cache = ActivatorUtilities.CreateInstance<FigureCache>(scope.ServiceProvider, Options.Create(new FigureOptions { VersionsTrustedSeconds = 60 }));
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            var cells = await cache.GetOrComputeAsync(db, nameof(FiledAppointment), nameof(A_version_read_is_trusted_for_the_configured_time_then_read_again),
                201701, 201712, ComputeAsync, CancellationToken.None);
            return cells.Single().Value;
        }

        (await AskAsync()).ShouldBe(1);
        var id = Guid.NewGuid();
        await WriteAsync(id, approved: new(2017, 5, 10), ended: null);
        (await AskAsync()).ShouldBe(1, "the versions read a moment ago are trusted, so the kept cells are served");

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        (await AskAsync()).ShouldBe(2, "once trusted no longer, the versions are read again and show the change");
        (await AskAsync()).ShouldBe(2);
        await RemoveAsync(id);
    }

    /// <summary>Writes the filing as the fact store would: approved (after five working days), activated a week later, maybe ended.</summary>
    private async Task WriteAsync(Guid id, DateOnly approved, DateOnly? ended)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var calendar = scope.ServiceProvider.GetRequiredService<WorkingCalendar>();
        var filing = await db.Filings.SingleOrDefaultAsync(f => f.Id == id) ?? db.Filings.Add(new FiledAppointment(id)).Entity;
        var decided = approved.AtShanghaiTime(new TimeOnly(10, 0));
        filing.Refresh(new FilingFact(id, id, Guid.NewGuid(), ended is null ? FilingStatus.Active : FilingStatus.Ended, "310151", decided.AddDays(-7), decided, decided,
            approved.AddDays(7), ended, ended is null ? null : FilingEndReason.Resigned), calendar);
        filing.Describe(new EnterpriseProfile("310151", "C", "36", EnterpriseScale.Small, false, false));
        await db.SaveChangesAsync();
    }

    private async Task DescribeAsync(Guid id, string district)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        (await db.Filings.SingleAsync(f => f.Id == id)).Describe(new EnterpriseProfile(district, "C", "36", EnterpriseScale.Small, false, false));
        await db.SaveChangesAsync();
    }

    private async Task RemoveAsync(Guid id)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        db.Filings.Remove(await db.Filings.SingleAsync(f => f.Id == id));
        await db.SaveChangesAsync();
    }
}
