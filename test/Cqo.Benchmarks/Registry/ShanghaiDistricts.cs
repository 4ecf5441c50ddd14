namespace Cqo.Benchmarks.Registry;

/// <summary>A Shanghai district (GB/T 2260), its short name as used inside enterprise names, and its share of enterprises.</summary>
internal sealed record District(string Code, string Name, string ShortName, double Weight);

/// <summary>The 16 districts (DOMAIN.md §6), weighted roughly by economic size (2023 GDP, 100 million yuan).</summary>
internal static class ShanghaiDistricts
{
    public static IReadOnlyList<District> All { get; } =
    [
        new("310101", "黄浦区", "黄浦", 3000),
        new("310104", "徐汇区", "徐汇", 2900),
        new("310105", "长宁区", "长宁", 2000),
        new("310106", "静安区", "静安", 2900),
        new("310107", "普陀区", "普陀", 1300),
        new("310109", "虹口区", "虹口", 1200),
        new("310110", "杨浦区", "杨浦", 2600),
        new("310112", "闵行区", "闵行", 3000),
        new("310113", "宝山区", "宝山", 1800),
        new("310114", "嘉定区", "嘉定", 2800),
        new("310115", "浦东新区", "浦东", 16700),
        new("310116", "金山区", "金山", 1100),
        new("310117", "松江区", "松江", 2000),
        new("310118", "青浦区", "青浦", 1400),
        new("310120", "奉贤区", "奉贤", 1400),
        new("310151", "崇明区", "崇明", 450),
    ];

    /// <summary>The district whose regulator is the <c>pudong</c> demo account's jurisdiction.</summary>
    public const string Pudong = "310115";

    /// <summary>
    /// Division codes of USCCs issued before districts merged (卢湾 into 黄浦, 闸北 into 静安): a code never
    /// changes, so a few enterprises still carry them (DOMAIN.md §6).
    /// </summary>
    public static string? HistoricalCode(string districtCode) => districtCode switch
    {
        "310101" => "310103",
        "310106" => "310108",
        _ => null,
    };
}
