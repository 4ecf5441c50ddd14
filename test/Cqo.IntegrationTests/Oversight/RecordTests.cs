using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Contracts;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>Drilling from a cell of a figure into the records behind it, in the caller's scope, without personal data.</summary>
[Collection(OversightCollection.Name)]
public sealed class RecordTests(CqoApp app) : IAsyncLifetime
{
    private readonly OversightApi _api = new(app);

    public Task InitializeAsync() => FigureFixture.WriteOnceAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_cell_lists_exactly_the_records_it_counts()
    {
        var pudong = await RecordsAsync(_api.Municipal(), "filings.new", "at=2021&by=district&code=310115");

        pudong.TotalCount.ShouldBe(1);
        pudong.Period.Key.ShouldBe("2021");
        var row = pudong.Items.Single();
        row.Link.ShouldBe($"/registry/filings/{row.Id}");
        Cell(pudong, row, "enterprise").ShouldBe("示例企业1");
        Cell(pudong, row, "district").ShouldBe("310115 浦东新区", "a district is named, not only coded");
        Cell(pudong, row, "status").ShouldBe("在任");
        Cell(pudong, row, "approvedOn").ShouldBe("2021-03-05");
        Cell(pudong, row, "reviewDays").ShouldBe("4");

        var wholeYear = await RecordsAsync(_api.Municipal(), "filings.new", "at=2021");
        wholeYear.TotalCount.ShouldBe(2);
        wholeYear.Items.Select(i => Cell(wholeYear, i, "approvedOn")).ShouldBe(["2021-12-31", "2021-03-05"], "newest first by default");
    }

    [Fact]
    public async Task A_state_lists_what_stood_at_the_periods_end_or_today()
    {
        var endOf2024 = await RecordsAsync(_api.Municipal(), "certificates.valid", "at=2024&sort=number");
        endOf2024.Items.Select(i => Cell(endOf2024, i, "number")).ShouldBe(["C3", "C4"]);

        var today = await RecordsAsync(_api.Municipal(), "certificates.valid", "at=2026");
        today.Items.Select(i => Cell(today, i, "number")).ShouldBe(["C3"]);
        today.Period.Key.ShouldBe("2026");
    }

    [Fact]
    public async Task People_trained_list_their_enrolments_and_search_narrows_to_one_enterprise()
    {
        var xuhui = await RecordsAsync(_api.Municipal(), "training.trained", "at=2021&by=district&code=310104");
        xuhui.TotalCount.ShouldBe(2);
        xuhui.Items.ShouldAllBe(i => i.Link.StartsWith("/training/courses/"));

        var searched = await RecordsAsync(_api.Municipal(), "training.trained", "at=2021&search=示例企业1");
        searched.TotalCount.ShouldBe(1);
        var notKnown = await RecordsAsync(_api.Municipal(), "filings.new", "at=2021&by=district&code=none");
        notKnown.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_district_regulator_drills_only_into_its_own_records()
    {
        var xuhui = await RecordsAsync(_api.District("310104"), "filings.new", "at=2021");

        xuhui.Items.Select(i => Cell(xuhui, i, "district")).ShouldBe(["310104 徐汇区"]);
    }

    [Fact]
    public async Task An_auditor_may_not_drill_into_records()
    {
        var response = await _api.Auditor().GetAsync("/api/oversight/figures/filings.new/records?at=2021");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("at=2021Q1", "at")]
    [InlineData("at=2021&sort=name", "sort")]
    [InlineData("at=2021&by=scale&code=huge", "code")]
    [InlineData("at=2021&by=specialised&code=maybe", "code")]
    [InlineData("at=2021&take=5000", "take")]
    public async Task Bad_record_queries_are_refused_naming_the_field(string query, string field)
    {
        var response = await _api.Municipal().GetAsync($"/api/oversight/figures/filings.new/records?{query}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, fields: field);
    }

    private static async Task<RecordPageDto> RecordsAsync(HttpClient caller, string key, string query)
    {
        var response = await caller.GetAsync($"/api/oversight/figures/{key}/records?{query}");
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return (await response.Content.ReadFromJsonAsync<RecordPageDto>(Json.Options))!;
    }

    private static string? Cell(RecordPageDto page, RecordRowDto row, string column) =>
        row.Cells[page.Columns.Select(c => c.Key).ToList().IndexOf(column)];
}
