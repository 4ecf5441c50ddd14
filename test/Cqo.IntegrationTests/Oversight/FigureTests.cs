using System.Net;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Contracts;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>Every figure against the hand-computed <see cref="FigureFixture"/>, its scope rules and its refusals.</summary>
[Collection(OversightCollection.Name)]
public sealed class FigureTests(CqoApp app) : IAsyncLifetime
{
    private const string Years2020To2025 = "period=year&from=2020&to=2025";
    private readonly OversightApi _api = new(app);

    public Task InitializeAsync() => FigureFixture.WriteOnceAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task New_filings_count_by_the_Shanghai_day_of_approval()
    {
        var table = await OversightApi.FigureAsync(_api.Municipal(), "filings.new", Years2020To2025);

        table.Periods.Select(p => p.Key).ShouldBe(["2020", "2021", "2022", "2023", "2024", "2025"]);
        // F2 approved at 23:59 on 31 Dec 2021 Shanghai time counts in 2021; F3 at 00:00 on 1 Jan 2022 in 2022; F4 was rejected.
        table.ValuesOf().ShouldBe([0m, 2m, 1m, 0m, 0m, 0m]);
        table.Figure.Definition.ShouldContain("批准");
    }

    [Fact]
    public async Task New_filings_by_district_and_by_regulator_unit()
    {
        var byDistrict = await OversightApi.FigureAsync(_api.Municipal(), "filings.new", $"{Years2020To2025}&by=district");
        byDistrict.Rows.Select(r => r.Code).ShouldBe(["310104", "310115"]);
        byDistrict.ValuesOf("310115").ShouldBe([0m, 1m, 1m, 0m, 0m, 0m]);
        byDistrict.ValuesOf("310104").ShouldBe([0m, 1m, 0m, 0m, 0m, 0m]);
        byDistrict.Rows.Single(r => r.Code == "310115").Label.ShouldContain("浦东");

        var byUnit = await OversightApi.FigureAsync(_api.Municipal(), "filings.new", $"{Years2020To2025}&by=jurisdiction");
        byUnit.ValuesOf("LINGANG").ShouldBe([0m, 0m, 1m, 0m, 0m, 0m]);
        byUnit.ValuesOf("310115").ShouldBe([0m, 1m, 0m, 0m, 0m, 0m]);
    }

    [Fact]
    public async Task Quarters_and_months_place_each_approval_in_its_own_period()
    {
        var quarters = await OversightApi.FigureAsync(_api.Municipal(), "filings.new", "period=quarter&from=2021Q1&to=2022Q1");
        quarters.Periods.Select(p => p.Key).ShouldBe(["2021Q1", "2021Q2", "2021Q3", "2021Q4", "2022Q1"]);
        quarters.ValuesOf().ShouldBe([1m, 0m, 0m, 1m, 1m]);

        var months = await OversightApi.FigureAsync(_api.Municipal(), "filings.new", "period=month&from=2021-12&to=2022-01");
        months.ValuesOf().ShouldBe([1m, 1m]);
        months.Periods[0].To.ShouldBe(new DateOnly(2021, 12, 31));
    }

    [Fact]
    public async Task Active_cqos_are_counted_at_each_year_end_and_today_for_the_current_year()
    {
        var table = await OversightApi.FigureAsync(_api.Municipal(), "filings.active", "period=year&from=2021&to=2027");

        // 2021: F1; 2022: F1, F2, F3; from 2023 F2 has ended; 2026 is counted as of 16 March; 2027 has not come.
        table.ValuesOf().ShouldBe([1m, 3m, 2m, 2m, 2m, 2m, null]);
        var byScale = await OversightApi.FigureAsync(_api.Municipal(), "filings.active", "period=year&from=2022&to=2023&by=scale");
        byScale.ValuesOf("Small").ShouldBe([1m, 0m]);
        byScale.Rows.Single(r => r.Code == "Small").Label.ShouldBe("小型");
    }

    [Fact]
    public async Task Ended_appointments_and_review_time()
    {
        (await OversightApi.FigureAsync(_api.Municipal(), "filings.ended", Years2020To2025)).ValuesOf().ShouldBe([0m, 0m, 0m, 1m, 0m, 0m]);

        var review = await OversightApi.FigureAsync(_api.Municipal(), "filings.review-days", "period=year&from=2021&to=2023");
        // 2021 decisions: F1 4 and F2 9 working days; 2022: F3 4 (1 Jan is a Saturday) and F4 10.
        review.Total.Values.ShouldBe([4m, 4m, null]);
        review.Total.P90!.ShouldBe([9m, 10m, null]);
        review.Figure.Shape.ShouldBe(FigureShape.Distribution);
    }

    [Fact]
    public async Task People_trained_are_counted_once_per_period_even_across_districts()
    {
        var table = await OversightApi.FigureAsync(_api.Municipal(), "training.trained", "period=year&from=2021&to=2022&by=district");

        // P1 trained twice in 2021 (sponsored by E1 in Pudong, then by E2 in Xuhui), P2 once in Xuhui; the no-show is not trained.
        table.ValuesOf("310115").ShouldBe([1m, 0m]);
        table.ValuesOf("310104").ShouldBe([2m, 0m]);
        table.ValuesOf().ShouldBe([2m, 0m], "the total counts P1 once, not the sum of the rows");

        var byProvider = await OversightApi.FigureAsync(_api.Municipal(), "training.trained", $"period=year&from=2021&to=2021&by=provider");
        byProvider.ValuesOf(FigureFixture.Provider1.ToString()).ShouldBe([2m]);
        byProvider.ValuesOf(FigureFixture.Provider2.ToString()).ShouldBe([1m]);

        (await OversightApi.FigureAsync(_api.Municipal(), "training.passes", "period=year&from=2021&to=2022")).ValuesOf().ShouldBe([1m, 1m]);
    }

    [Fact]
    public async Task Certificates_issued_valid_expired_and_revoked()
    {
        (await OversightApi.FigureAsync(_api.Municipal(), "certificates.issued", Years2020To2025)).ValuesOf().ShouldBe([0m, 1m, 1m, 1m, 1m, 0m]);
        // 2021: C1; 2022: C1, C2; 2023: C1, C4 (C2 revoked); 2024: C3, C4 (C1 expired 10 July); 2025: C3 (C4 suspended); today: C3.
        (await OversightApi.FigureAsync(_api.Municipal(), "certificates.valid", "period=year&from=2021&to=2026")).ValuesOf().ShouldBe([1m, 2m, 2m, 2m, 1m, 1m]);
        (await OversightApi.FigureAsync(_api.Municipal(), "certificates.expired", Years2020To2025)).ValuesOf().ShouldBe([0m, 0m, 0m, 0m, 1m, 0m]);
        (await OversightApi.FigureAsync(_api.Municipal(), "certificates.revoked", Years2020To2025)).ValuesOf().ShouldBe([0m, 0m, 0m, 1m, 0m, 0m]);
    }

    [Fact]
    public async Task Continuing_education_hours_sum_approved_entries_only()
    {
        var table = await OversightApi.FigureAsync(_api.Municipal(), "credits.hours", "period=year&from=2021&to=2022&by=industrySection");

        table.ValuesOf().ShouldBe([8m, 12.5m]);
        table.ValuesOf("C").ShouldBe([8m, 0m]);
        table.ValuesOf("I").ShouldBe([0m, 12.5m]);
    }

    [Fact]
    public async Task A_district_regulator_counts_only_its_own_jurisdiction()
    {
        var xuhui = await OversightApi.FigureAsync(_api.District("310104"), "filings.new", $"{Years2020To2025}&by=district");

        xuhui.Rows.Select(r => r.Code).ShouldBe(["310104"]);
        xuhui.ValuesOf().ShouldBe([0m, 1m, 0m, 0m, 0m, 0m]);
        var lingang = await OversightApi.FigureAsync(_api.District("LINGANG"), "filings.new", Years2020To2025);
        lingang.ValuesOf().ShouldBe([0m, 0m, 1m, 0m, 0m, 0m]);
    }

    [Fact]
    public async Task An_auditor_sees_city_wide_figures()
    {
        var table = await OversightApi.FigureAsync(_api.Auditor(), "filings.new", Years2020To2025);

        table.ValuesOf().ShouldBe([0m, 2m, 1m, 0m, 0m, 0m]);
    }

    [Fact]
    public async Task Filters_narrow_every_figure()
    {
        var table = await OversightApi.FigureAsync(_api.Municipal(), "filings.new", $"{Years2020To2025}&aboveDesignatedSize=true&division=36");

        table.ValuesOf().ShouldBe([0m, 1m, 1m, 0m, 0m, 0m]);
        table.Filters.ShouldContainKeyAndValue("division", "36");
    }

    [Fact]
    public async Task Figures_state_their_definitions_in_the_callers_language()
    {
        var english = app.CreateClient("en");
        english.DefaultRequestHeaders.Add(TestAuthenticationHandler.UserHeader, Guid.NewGuid().ToString());
        english.DefaultRequestHeaders.Add(TestAuthenticationHandler.PermissionsHeader, OversightPermissions.Statistics);
        english.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopeHeader, "MunicipalRegulator");

        var definitions = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<FigureDefinitionDto[]>(english, "/api/oversight/figures", Json.Options);

        definitions!.Select(d => d.Key).ShouldContain("certificates.valid");
        definitions!.Single(d => d.Key == "filings.new").Name.ShouldBe("New CQOs");
        definitions!.Single(d => d.Key == "filings.new").Dimensions.ShouldNotContain(Dimension.Provider);
    }

    [Theory]
    [InlineData("filings.new?period=week", "period")]
    [InlineData("filings.new?period=year&from=2021Q1", "from")]
    [InlineData("filings.new?period=month&from=2020-01&to=2031-01", "from")]
    [InlineData("filings.new?period=year&from=2025&to=2021", "from")]
    [InlineData("filings.new?by=provider", "by")]
    [InlineData("filings.new?by=colour", "by")]
    [InlineData("filings.new?scale=huge", "scale")]
    public async Task Bad_queries_are_refused_naming_the_field(string query, string field)
    {
        var response = await _api.Municipal().GetAsync($"/api/oversight/figures/{query}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, fields: field);
    }

    [Fact]
    public async Task An_unknown_figure_is_not_found_and_callers_without_the_permission_are_refused()
    {
        (await _api.Municipal().GetAsync("/api/oversight/figures/filings.unknown")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _api.As("Enterprise:" + FigureFixture.E1, "Registry.Filings").GetAsync("/api/oversight/figures/filings.new")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
