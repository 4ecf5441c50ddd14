using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Paging;

namespace Cqo.IntegrationTests.Reference;

[Collection(HostCollection.Name)]
public sealed class ReferenceDataTests(CqoApp app)
{
    [Fact]
    public async Task Shanghai_districts_and_regulator_units_are_seeded()
    {
        var client = app.CreateClient();

        var districts = await client.GetFromJsonAsync<PagedResult<DistrictDto>>("/api/reference/districts", Json.Options);
        var units = await client.GetFromJsonAsync<PagedResult<RegulatorUnitDto>>("/api/reference/regulator-units?take=1000&search=市场监督管理局", Json.Options);

        districts!.TotalCount.ShouldBe(16);
        districts.Items.ShouldContain(d => d.Code == "310115" && d.NameZh == "浦东新区");
        units!.Items.Count(u => u.Kind == RegulatorUnitKind.District).ShouldBe(16);
        units.Items.ShouldContain(u => u.Kind == RegulatorUnitKind.Municipal);
        units.Items.Count(u => u.Kind == RegulatorUnitKind.Special).ShouldBe(2);
    }

    [Fact]
    public async Task Industry_classification_has_20_sections_and_97_divisions()
    {
        var client = app.CreateClient();

        var sections = await client.GetFromJsonAsync<PagedResult<IndustrySectionDto>>("/api/reference/industries/sections", Json.Options);
        var divisions = await client.GetFromJsonAsync<PagedResult<IndustryDivisionDto>>("/api/reference/industries/divisions?take=1000", Json.Options);
        var manufacturing = await client.GetFromJsonAsync<PagedResult<IndustryDivisionDto>>("/api/reference/industries/divisions?section=c&take=5&sort=-code", Json.Options);

        sections!.TotalCount.ShouldBe(20);
        divisions!.TotalCount.ShouldBe(97);
        manufacturing!.TotalCount.ShouldBe(31);
        manufacturing.Items.Select(d => d.Code).ShouldBe(["43", "42", "41", "40", "39"]);
    }

    [Fact]
    public async Task Syllabus_v1_has_eight_compulsory_modules_of_24_hours()
    {
        var syllabus = await app.CreateClient().GetFromJsonAsync<SyllabusVersionDto>("/api/reference/syllabus-versions/v1", Json.Options);

        syllabus!.Modules.Count.ShouldBe(8);
        syllabus.Modules.ShouldAllBe(m => m.Compulsory);
        syllabus.Modules.Sum(m => m.Hours).ShouldBe(24m);
        syllabus.RequiredHours.ShouldBe(24m);
        syllabus.Modules[0].NameZh.ShouldBe("国家质量发展政策");
    }

    [Fact]
    public async Task Lists_page_and_sort_by_whitelisted_keys()
    {
        var client = app.CreateClient();

        var first = await client.GetFromJsonAsync<PagedResult<RegulatorUnitDto>>("/api/reference/regulator-units?kind=District&take=5&sort=-code", Json.Options);
        var second = await client.GetFromJsonAsync<PagedResult<RegulatorUnitDto>>("/api/reference/regulator-units?kind=District&skip=5&take=5&sort=-code", Json.Options);

        first!.TotalCount.ShouldBeGreaterThanOrEqualTo(16);
        first.Items.Count.ShouldBe(5);
        first.Items[0].Code.ShouldBe("310151");
        first.Items.Select(u => u.Code).ShouldBeInOrder(SortDirection.Descending);
        var lastOfFirstPage = first.Items[^1].Code;
        second!.Items.Select(u => u.Code).ShouldAllBe(c => string.CompareOrdinal(c, lastOfFirstPage) < 0);
    }
}
