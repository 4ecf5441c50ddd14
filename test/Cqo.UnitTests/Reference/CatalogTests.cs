using Cqo.Reference.Contracts;
using Cqo.Reference.Infrastructure.Seeding;

namespace Cqo.UnitTests.Reference;

public sealed class CatalogTests
{
    [Fact]
    public void GBT_4754_has_20_sections_and_97_divisions_each_in_a_known_section()
    {
        IndustryCatalog.Sections.Select(s => s.Code).ShouldBe([.. "ABCDEFGHIJKLMNOPQRST".Select(c => c.ToString())]);
        IndustryCatalog.Divisions.Count.ShouldBe(97);
        IndustryCatalog.Divisions.Select(d => d.Code).ShouldBe([.. Enumerable.Range(1, 97).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture))]);
        IndustryCatalog.Divisions.Where(d => d.SectionCode == "C").Select(d => int.Parse(d.Code, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(Enumerable.Range(13, 31));
    }

    [Fact]
    public void Shanghai_has_16_districts_and_a_bureau_for_each()
    {
        ShanghaiCatalog.Districts.Count.ShouldBe(16);
        var units = ShanghaiCatalog.RegulatorUnits().ToList();
        units.Where(u => u.Kind == RegulatorUnitKind.District).Select(u => u.DistrictCode).ShouldBe(ShanghaiCatalog.Districts.Select(d => d.Code));
        units.Select(u => u.Code).ShouldBeUnique();
        units.ShouldContain(u => u.NameZh == "上海市浦东新区市场监督管理局");
    }

    [Fact]
    public void Syllabus_v1_is_the_eight_compulsory_national_modules_summing_to_the_required_hours()
    {
        var v1 = SyllabusCatalog.CreateV1().ToDto();

        v1.Modules.Count.ShouldBe(8);
        v1.Modules.ShouldAllBe(m => m.Compulsory);
        v1.Modules.Sum(m => m.Hours).ShouldBe(v1.RequiredHours);
    }
}
