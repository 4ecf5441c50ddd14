namespace Cqo.Benchmarks.Registry;

/// <summary>A GB/T 4754-2017 division, its relative frequency within its group, and words that name such a business.</summary>
internal sealed record Division(string Code, double Weight, string[] Words);

/// <summary>
/// Industry mix (DOMAIN.md §7): 60 % manufacturing (section C, divisions 13-43), the rest spread over every
/// other division. Weights inside each group follow Shanghai's rough structure (machinery, electronics,
/// chemicals, metal products; wholesale, software, business services); the words go into enterprise names.
/// </summary>
internal static class IndustryMix
{
    public const double ManufacturingShare = 0.6;

    public static IReadOnlyList<Division> Manufacturing { get; } =
    [
        D("13", 1, "粮油加工|饲料|农副产品"), D("14", 2, "食品|食品科技|乳业|调味品"), D("15", 1, "饮料|酒业|茶业"),
        D("16", 0.2, "烟草机械"), D("17", 1.5, "纺织|织造|家纺"), D("18", 3, "服饰|服装|制衣"),
        D("19", 0.8, "皮革制品|鞋业"), D("20", 0.8, "木业|竹木制品"), D("21", 2, "家具|办公家具"),
        D("22", 1.5, "纸业|包装材料"), D("23", 2, "印务|彩印|包装印刷"), D("24", 2, "文具|体育用品|工艺品"),
        D("25", 0.3, "石化|燃料"), D("26", 6, "化工|精细化工|涂料|日化"), D("27", 3, "医药|生物医药|制药"),
        D("28", 0.3, "化纤|合成纤维"), D("29", 6, "塑胶|橡塑制品|塑料制品"), D("30", 3, "建材|玻璃|陶瓷"),
        D("31", 0.6, "钢铁|特钢"), D("32", 1, "有色金属|铝业|铜业"), D("33", 8, "五金|金属制品|紧固件"),
        D("34", 12, "机械|精密机械|机电设备|液压|轴承"), D("35", 9, "专用设备|智能装备|自动化设备"),
        D("36", 6, "汽车零部件|汽车配件|车辆"), D("37", 2, "船舶|航空部件|轨道交通设备"),
        D("38", 9, "电气|电器|电缆|电机"), D("39", 8, "电子|微电子|通信设备|半导体"),
        D("40", 3, "仪器仪表|测控|计量仪器"), D("41", 1, "制品|日用品"), D("42", 0.5, "再生资源|环保材料"),
        D("43", 1, "设备维修|机械修理"),
    ];

    public static IReadOnlyList<Division> Other { get; } =
    [
        D("01", 0.3, "农业|园艺"), D("02", 0.05, "林业"), D("03", 0.1, "畜牧"), D("04", 0.1, "水产"), D("05", 0.2, "农业服务"),
        D("06", 0.02, "煤业"), D("07", 0.02, "油气"), D("08", 0.02, "矿业"), D("09", 0.02, "矿业"), D("10", 0.02, "石材"),
        D("11", 0.02, "矿业服务"), D("12", 0.02, "矿业"), D("44", 0.3, "电力|能源|新能源"), D("45", 0.2, "燃气"),
        D("46", 0.2, "水务"), D("47", 1.5, "建设|建筑工程"), D("48", 1.5, "市政工程|路桥工程"), D("49", 1.5, "安装工程|机电安装"),
        D("50", 2, "装饰|装潢|建筑装饰"), D("51", 12, "贸易|商贸|国际贸易|实业"), D("52", 5, "商业|超市|百货"),
        D("53", 0.05, "铁路物流"), D("54", 1.5, "运输|货运"), D("55", 0.5, "航运|船务"), D("56", 0.1, "航空服务"),
        D("57", 0.05, "管道"), D("58", 1.5, "国际物流|货运代理"), D("59", 1, "仓储|物流"), D("60", 0.1, "快递"),
        D("61", 0.3, "酒店|宾馆"), D("62", 1.5, "餐饮|餐饮管理"), D("63", 0.3, "通信|网络传媒"),
        D("64", 1.5, "网络科技|互联网科技"), D("65", 5, "软件|信息科技|信息技术|数据科技"), D("66", 0.2, "小额贷款"),
        D("67", 0.3, "资产管理|投资管理"), D("68", 0.2, "保险代理"), D("69", 0.3, "融资租赁"), D("70", 1, "置业|房地产开发"),
        D("71", 0.5, "设备租赁|租赁"), D("72", 5, "企业管理|商务咨询|人力资源"), D("73", 1, "生物科技|新材料研究"),
        D("74", 3, "检测技术|工程设计|技术服务"), D("75", 3, "科技发展|科技"), D("76", 0.05, "水利工程"),
        D("77", 0.5, "环保科技|环境工程"), D("78", 0.3, "物业管理|园林绿化"), D("79", 0.05, "土地整理"),
        D("80", 0.8, "家政服务|保洁服务"), D("81", 0.8, "汽车维修|电器维修"), D("82", 0.5, "服务"),
        D("83", 0.3, "教育科技|培训"), D("84", 0.3, "医疗管理|门诊部"), D("85", 0.1, "养老服务"),
        D("86", 0.2, "出版|文化传播"), D("87", 0.3, "影视|传媒"), D("88", 0.5, "文化艺术|文化发展"),
        D("89", 0.3, "体育发展|健身"), D("90", 0.3, "娱乐|文化娱乐"), D("91", 0.01, "服务"), D("92", 0.01, "服务"),
        D("93", 0.01, "服务"), D("94", 0.01, "社会服务"), D("95", 0.01, "会务服务"), D("96", 0.01, "社区服务"),
        D("97", 0.005, "国际服务"),
    ];

    /// <summary>Every division, manufacturing scaled to <see cref="ManufacturingShare"/> of the weight and the rest to the remainder.</summary>
    public static WeightedPicker<Division> Picker()
    {
        var manufacturing = Manufacturing.Sum(d => d.Weight);
        var other = Other.Sum(d => d.Weight);
        return new WeightedPicker<Division>(
            Manufacturing.Select(d => (d, d.Weight / manufacturing * ManufacturingShare))
                .Concat(Other.Select(d => (d, d.Weight / other * (1 - ManufacturingShare)))));
    }

    private static Division D(string code, double weight, string words) => new(code, weight, words.Split('|'));
}
