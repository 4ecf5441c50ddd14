using Cqo.Reference.Contracts;

namespace Cqo.Reference.Infrastructure.Seeding;

/// <summary>Shanghai's districts (GB/T 2260) and its market-regulation units, seeded on first start.</summary>
internal static class ShanghaiCatalog
{
    internal static readonly IReadOnlyList<DistrictDto> Districts =
    [
        new("310101", "黄浦区", "Huangpu"),
        new("310104", "徐汇区", "Xuhui"),
        new("310105", "长宁区", "Changning"),
        new("310106", "静安区", "Jing'an"),
        new("310107", "普陀区", "Putuo"),
        new("310109", "虹口区", "Hongkou"),
        new("310110", "杨浦区", "Yangpu"),
        new("310112", "闵行区", "Minhang"),
        new("310113", "宝山区", "Baoshan"),
        new("310114", "嘉定区", "Jiading"),
        new("310115", "浦东新区", "Pudong New Area"),
        new("310116", "金山区", "Jinshan"),
        new("310117", "松江区", "Songjiang"),
        new("310118", "青浦区", "Qingpu"),
        new("310120", "奉贤区", "Fengxian"),
        new("310151", "崇明区", "Chongming"),
    ];

    /// <summary>The municipal bureau, one bureau per district, and the two special-area units.</summary>
    internal static IEnumerable<RegulatorUnitSeed> RegulatorUnits()
    {
        yield return new("310000", "上海市市场监督管理局", "Shanghai Administration for Market Regulation", RegulatorUnitKind.Municipal, null);
        foreach (var d in Districts)
        {
            var nameZh = d.NameZh == "浦东新区" ? "上海市浦东新区市场监督管理局" : $"上海市{d.NameZh}市场监督管理局";
            yield return new(d.Code, nameZh, $"{d.NameEn} Administration for Market Regulation", RegulatorUnitKind.District, d.Code);
        }

        yield return new("LINGANG", "中国（上海）自由贸易试验区临港新片区市场监督管理局", "Lingang Special Area Administration for Market Regulation", RegulatorUnitKind.Special, null);
        yield return new("AIRPORT", "上海市市场监督管理局机场分局", "Shanghai AMR Airport Branch", RegulatorUnitKind.Special, null);
    }
}

internal sealed record RegulatorUnitSeed(string Code, string NameZh, string NameEn, RegulatorUnitKind Kind, string? DistrictCode);
