using System.Net;
using System.Net.Http.Json;
using Cqo.Certification.Contracts;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>Frozen periods: once each, shown next to today's recomputation, and chained so tampering shows.</summary>
[Collection(OversightCollection.Name)]
public sealed class SnapshotTests(CqoApp app) : IAsyncLifetime
{
    private readonly OversightApi _api = new(app);

    public Task InitializeAsync() => FigureFixture.WriteOnceAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_closed_year_is_frozen_once_and_an_open_one_not_at_all()
    {
        var snapshot = await FreezeAsync("Year", "2021");
        snapshot.From.ShouldBe(new DateOnly(2021, 1, 1));
        snapshot.Hash.Length.ShouldBe(64);

        (await _api.Municipal().PostAsJsonAsync("/api/oversight/snapshots", new { granularity = "Year", period = "2021" }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await (await _api.Municipal().PostAsJsonAsync("/api/oversight/snapshots", new { granularity = "Year", period = "2026" }, Json.Options))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "oversight.period_open");
        await (await _api.Municipal().PostAsJsonAsync("/api/oversight/snapshots", new { granularity = "Year", period = "21" }, Json.Options))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, fields: "at");

        var compared = await CompareAsync(_api.Municipal(), snapshot.Id, "filings.new", "district");
        compared.Rows.Select(r => (r.Code, r.Frozen, r.Now, r.Difference)).ShouldBe([("310104", 1m, 1m, 0m), ("310115", 1m, 1m, 0m)]);
        var review = await CompareAsync(_api.Municipal(), snapshot.Id, "filings.review-days", null);
        review.Rows.Single().FrozenP90.ShouldBe(9m);
    }

    [Fact]
    public async Task A_figure_reported_then_is_shown_unchanged_next_to_today_with_the_records_that_changed()
    {
        var snapshot = await FreezeAsync("Year", "2019");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await AddCreditAsync(new DateOnly(2019, 6, 1), 5m);

        var compared = await CompareAsync(_api.Municipal(), snapshot.Id, "credits.hours", null);

        var total = compared.Rows.Single();
        (total.Frozen, total.Now, total.Difference, total.ChangedSince).ShouldBe((0m, 5m, 5m, 1));
    }

    [Fact]
    public async Task A_district_regulator_compares_only_its_own_unit()
    {
        var snapshot = await FreezeAsync("Month", "2021-12");

        var xuhui = await CompareAsync(_api.District("310104"), snapshot.Id, "filings.new", "jurisdiction");
        xuhui.Rows.Select(r => (r.Code, r.Frozen, r.Now)).ShouldBe([("310104", 1m, 1m)]);
        await (await _api.District("310104").GetAsync($"/api/oversight/snapshots/{snapshot.Id}/compare?figure=filings.new&by=district"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, fields: "by");
    }

    [Fact]
    public async Task Tampering_with_a_frozen_value_or_removing_a_snapshot_breaks_the_chain()
    {
        await FreezeAsync("Year", "2016");
        var middle = await FreezeAsync("Year", "2017");
        var last = await FreezeAsync("Year", "2018");
        (await VerifyAsync()).Intact.ShouldBeTrue();

        await SqlAsync(db => db.SnapshotValues.Where(v => v.SnapshotId == middle.Id && v.Figure == "filings.new" && v.Dimension == Dimension.None)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Value, 42m)));
        var tampered = await VerifyAsync();
        (tampered.Intact, tampered.BrokenSnapshotId, tampered.Problem).ShouldBe((false, middle.Id, "content"));

        await SqlAsync(db => db.SnapshotValues.Where(v => v.SnapshotId == middle.Id && v.Figure == "filings.new" && v.Dimension == Dimension.None)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Value, 0m)));
        (await VerifyAsync()).Intact.ShouldBeTrue("the value put back restores the hash");

        await SqlAsync(async db =>
        {
            await db.SnapshotValues.Where(v => v.SnapshotId == middle.Id).ExecuteDeleteAsync();
            return await db.Snapshots.Where(s => s.Id == middle.Id).ExecuteDeleteAsync();
        });
        var removed = await VerifyAsync();
        (removed.Intact, removed.BrokenSnapshotId, removed.Problem).ShouldBe((false, last.Id, "missing"));
    }

    private async Task<SnapshotDto> FreezeAsync(string granularity, string period)
    {
        var response = await _api.Municipal().PostAsJsonAsync("/api/oversight/snapshots", new { granularity, period }, Json.Options);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return (await response.Content.ReadFromJsonAsync<SnapshotDto>(Json.Options))!;
    }

    private static async Task<SnapshotComparisonDto> CompareAsync(HttpClient caller, Guid id, string figure, string? by)
    {
        var response = await caller.GetAsync($"/api/oversight/snapshots/{id}/compare?figure={figure}&by={by}");
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return (await response.Content.ReadFromJsonAsync<SnapshotComparisonDto>(Json.Options))!;
    }

    private async Task<SnapshotVerificationDto> VerifyAsync() =>
        (await _api.Municipal().GetFromJsonAsync<SnapshotVerificationDto>("/api/oversight/snapshots/verification", Json.Options))!;

    private async Task SqlAsync(Func<OversightDbContext, Task<int>> statement)
    {
        using var scope = app.Services.CreateScope();
        await statement(scope.ServiceProvider.GetRequiredService<OversightDbContext>());
    }

    private async Task AddCreditAsync(DateOnly completed, decimal hours)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var id = Guid.NewGuid();
        var credit = new LoggedCredit(id) { RefreshedAt = app.Clock.GetUtcNow() };
        credit.Refresh(new CreditFact(id, null, null, null, Guid.NewGuid(), null, CreditSource.External, CreditStatus.Approved, hours, completed));
        db.Credits.Add(credit);
        await db.SaveChangesAsync();
    }
}
