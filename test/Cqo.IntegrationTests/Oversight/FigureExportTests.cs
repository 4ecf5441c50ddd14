using System.Net;
using System.Text;
using Cqo.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>A figure's table and the records behind a cell, exported with their definition and filters.</summary>
[Collection(OversightCollection.Name)]
public sealed class FigureExportTests(CqoApp app) : IAsyncLifetime
{
    private readonly OversightApi _api = new(app);

    public Task InitializeAsync() => FigureFixture.WriteOnceAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_table_exports_to_xlsx_with_its_definition_on_the_first_sheet()
    {
        var response = await _api.Municipal().GetAsync("/api/oversight/figures/filings.new/export?format=xlsx&period=year&from=2020&to=2025&by=district");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        MiniExcel.GetSheetNames(file).ShouldBe(["说明", "数据"]);
        var about = string.Join("\n", MiniExcel.Query(file, useHeaderRow: false, sheetName: "说明").Cast<IDictionary<string, object?>>().SelectMany(r => r.Values));
        about.ShouldContain("批准");
        var rows = MiniExcel.Query(file, useHeaderRow: false, sheetName: "数据").Cast<IDictionary<string, object?>>().Select(r => r.Values.ToList()).ToList();
        rows[0].Select(v => v?.ToString()).ShouldBe(["区", "2020", "2021", "2022", "2023", "2024", "2025"]);
        rows.Count.ShouldBe(4, "a header, two districts and the total");
        rows[^1][2]!.ToString().ShouldBe("2");
    }

    [Fact]
    public async Task The_records_behind_a_cell_export_to_csv_as_the_list_shows_them()
    {
        var response = await _api.Municipal().GetAsync("/api/oversight/figures/filings.new/records/export?format=csv&period=year&at=2021&sort=approvedOn");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        csv.ShouldContain("2021-03-05");
        csv.ShouldContain("2021-12-31");
        csv.IndexOf("2021-03-05", StringComparison.Ordinal).ShouldBeLessThan(csv.IndexOf("2021-12-31", StringComparison.Ordinal));
        (await _api.Auditor().GetAsync("/api/oversight/figures/filings.new/records/export?format=csv&at=2021")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
