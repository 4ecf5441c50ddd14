using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Application.Targets;
using Cqo.Oversight.Contracts;
using Cqo.SharedKernel.Paging;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>Targets as data, their progress against the hand-computed <see cref="FigureFixture"/>, and coverage shortfalls.</summary>
[Collection(OversightCollection.Name)]
public sealed class TargetTests(CqoApp app) : IAsyncLifetime
{
    private readonly OversightApi _api = new(app);

    public Task InitializeAsync() => FigureFixture.WriteOnceAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_seeded_Shanghai_targets_show_their_progress()
    {
        var targets = await _api.Municipal().GetFromJsonAsync<TargetDto[]>("/api/oversight/targets", Json.Options);

        var newCqos = targets!.Single(t => t.Id == TargetSeeder.NewCqosBy2022);
        newCqos.Progress.Value.ShouldBe(2m, "F1 (2021) and F3 (2022) are in above-designated-size enterprises");
        newCqos.Progress.Percent.ShouldBe(0.4m);
        newCqos.Progress.Reached.ShouldBeFalse();
        newCqos.Progress.AsOf.ShouldBe(new DateOnly(2022, 12, 31));

        var awardWinners = targets!.Single(t => t.Id == TargetSeeder.AwardWinnersCovered);
        awardWinners.Progress.Population.ShouldBe(1, "only E1 holds an award");
        awardWinners.Progress.Percent.ShouldBe(100m);
        awardWinners.Progress.Reached.ShouldBeTrue();
    }

    [Fact]
    public async Task A_coverage_target_lists_the_enterprises_falling_short()
    {
        var target = await CreateAsync(new SaveTargetRequest("专精特新企业设立首席质量官", TargetKind.Coverage, null, new(2024, 1, 1), new(2026, 12, 31), 80,
            new TargetScopeDto(null, null, null, null, null, null, true, null), null));

        target.Progress.Population.ShouldBe(1);
        target.Progress.Value.ShouldBe(0m, "E2's CQO resigned in 2023 and its next filing was rejected");
        var shortfall = await _api.Municipal().GetFromJsonAsync<PagedResult<ShortfallDto>>($"/api/oversight/targets/{target.Id}/shortfall", Json.Options);
        shortfall!.Items.Select(e => e.EnterpriseId).ShouldBe([FigureFixture.E2]);
        (await _api.Auditor().GetAsync($"/api/oversight/targets/{target.Id}/shortfall")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_figure_target_counts_people_once_over_its_whole_span()
    {
        var target = await CreateAsync(new SaveTargetRequest("培训两人", TargetKind.Figure, "training.trained", new(2021, 1, 1), new(2022, 12, 31), 2, null, null));

        target.Progress.Value.ShouldBe(2m, "P1 trained twice and P2 once");
        target.Progress.Reached.ShouldBeTrue();
    }

    [Fact]
    public async Task A_district_regulator_sees_progress_within_its_jurisdiction()
    {
        var xuhui = await _api.District("310104").GetFromJsonAsync<TargetDto>($"/api/oversight/targets/{TargetSeeder.NewCqosBy2022}", Json.Options);

        xuhui!.Progress.Value.ShouldBe(0m, "Xuhui's only approval (F2) is in an enterprise below designated size");
    }

    [Fact]
    public async Task Targets_are_edited_with_the_stamp_and_deleted()
    {
        var target = await CreateAsync(new SaveTargetRequest("发证", TargetKind.Figure, "certificates.issued", new(2021, 1, 1), new(2021, 12, 31), 1, null, null));
        var municipal = _api.Municipal();

        var edited = await municipal.PutAsJsonAsync($"/api/oversight/targets/{target.Id}",
            new SaveTargetRequest("发证两张", TargetKind.Figure, "certificates.issued", new(2021, 1, 1), new(2022, 12, 31), 2, null, target.ConcurrencyStamp), Json.Options);
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await edited.Content.ReadFromJsonAsync<TargetDto>(Json.Options))!.Progress.Value.ShouldBe(2m);

        var stale = await municipal.PutAsJsonAsync($"/api/oversight/targets/{target.Id}",
            new SaveTargetRequest("旧的", TargetKind.Figure, "certificates.issued", new(2021, 1, 1), new(2022, 12, 31), 2, null, target.ConcurrencyStamp), Json.Options);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var current = await municipal.GetFromJsonAsync<TargetDto>($"/api/oversight/targets/{target.Id}", Json.Options);
        (await municipal.DeleteAsync($"/api/oversight/targets/{target.Id}?concurrencyStamp={current!.ConcurrencyStamp}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await municipal.GetAsync($"/api/oversight/targets/{target.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Coverage", null, 150, null, "goal")]
    [InlineData("Figure", "filings.review-days", 5, null, "figureKey")]
    [InlineData("Figure", null, 5, null, "figureKey")]
    [InlineData("Coverage", "filings.new", 50, null, "figureKey")]
    [InlineData("Figure", "filings.new", 5, "huge", "scope.scale")]
    public async Task Bad_targets_are_refused_naming_the_field(string kind, string? figure, int goal, string? scale, string field)
    {
        var response = await _api.Municipal().PostAsJsonAsync("/api/oversight/targets",
            new SaveTargetRequest("目标", Enum.Parse<TargetKind>(kind), figure, new(2021, 1, 1), new(2021, 12, 31), goal,
                new TargetScopeDto(null, null, null, null, scale, null, null, null), null), Json.Options);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, fields: field);
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_and_only_the_municipal_regulator_manages_targets()
    {
        var backwards = await _api.Municipal().PostAsJsonAsync("/api/oversight/targets",
            new SaveTargetRequest("目标", TargetKind.Figure, "filings.new", new(2022, 1, 1), new(2021, 12, 31), 5, null, null), Json.Options);
        await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest, fields: "until");

        var district = await _api.District("310104").PostAsJsonAsync("/api/oversight/targets",
            new SaveTargetRequest("目标", TargetKind.Figure, "filings.new", new(2021, 1, 1), new(2021, 12, 31), 5, null, null), Json.Options);
        district.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<TargetDto> CreateAsync(SaveTargetRequest request)
    {
        var caller = _api.Municipal();
        var response = await caller.PostAsJsonAsync("/api/oversight/targets", request, Json.Options);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return (await response.Content.ReadFromJsonAsync<TargetDto>(Json.Options))!;
    }
}
