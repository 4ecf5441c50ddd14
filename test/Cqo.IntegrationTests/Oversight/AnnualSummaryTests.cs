using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Contracts;
using DocumentFormat.OpenXml.Packaging;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>A year's summary and its Word document against the hand-computed <see cref="FigureFixture"/>.</summary>
[Collection(OversightCollection.Name)]
public sealed class AnnualSummaryTests(CqoApp app) : IAsyncLifetime
{
    private readonly OversightApi _api = new(app);

    public Task InitializeAsync() => FigureFixture.WriteOnceAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_summary_gives_each_headline_with_its_trend_and_the_change_on_the_year_before()
    {
        var summary = await _api.Auditor().GetFromJsonAsync<AnnualSummaryDto>("/api/oversight/annual/2022", Json.Options);

        var newCqos = summary!.Headlines.Single(h => h.Figure.Key == "filings.new");
        newCqos.Years.Select(y => y.Key).ShouldBe(["2018", "2019", "2020", "2021", "2022"]);
        newCqos.Values.ShouldBe([0m, 0m, 0m, 2m, 1m]);
        newCqos.ChangePercent.ShouldBe(-50m);
        var active = summary.Headlines.Single(h => h.Figure.Key == "filings.active");
        (active.Value, active.ChangePercent).ShouldBe((3m, 200m));
        var review = summary.Headlines.Single(h => h.Figure.Key == "filings.review-days");
        (review.Value, review.P90).ShouldBe((4m, 10m));

        summary.ByDistrict.FigureKeys[1].ShouldBe("filings.active");
        summary.ByDistrict.Rows.Single(r => r.Code == "310115").Values[1].ShouldBe(2m);
        summary.ByDistrict.Rows.Single(r => r.Code == "310104").Values[1].ShouldBe(1m);
        summary.ByDistrict.Total.Values[1].ShouldBe(3m);
        summary.ByIndustry.Rows.Select(r => r.Code).ShouldBe(["C", "I"]);
        summary.Targets.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_document_is_a_Word_file_stating_the_figures_in_Chinese()
    {
        var response = await _api.Municipal().GetAsync("/api/oversight/annual/2022/document");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("cqo-annual-summary-2022.docx");

        using var document = WordprocessingDocument.Open(await response.Content.ReadAsStreamAsync(), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        text.ShouldContain("2022年企业首席质量官工作统计");
        text.ShouldContain("新增首席质量官：1 件，比上年下降 50%。");
        text.ShouldContain("在任首席质量官：3 人，比上年增长 200%。");
        text.ShouldContain("指标说明");
    }

    [Fact]
    public async Task A_year_to_come_is_refused_naming_the_field()
    {
        await (await _api.Municipal().GetAsync("/api/oversight/annual/2030")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, fields: "year");
    }
}
