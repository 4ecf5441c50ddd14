using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Time;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
