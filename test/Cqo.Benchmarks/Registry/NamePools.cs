namespace Cqo.Benchmarks.Registry;

/// <summary>
/// Characters and words that make realistic Chinese names and addresses. Trade-name first characters are
/// drawn Zipf-like (华 and 金 are everywhere, 璟 is rare), so name prefixes select anything from a handful
/// to thousands of enterprises, as in a real register.
/// </summary>
internal static class NamePools
{
    public static WeightedPicker<char> TradeNameFirst { get; } = WeightedPicker<char>.Zipf(
        "华金新恒鑫达宏中海东盛隆信泰兴源通瑞汇嘉永天德宝祥丰安博亚明联佳荣利富康远星光振正协申沪浦创凯腾捷弘晟卓昌誉锦泓润耀铭科威龙发和合力美益"
        + "志诚锐睿航翔宇辰晶云峰林森豪鹏骏君尚品雅欣悦逸拓展茂亨成元顺平宁皓烨璟");

    // Forty: with the Zipf first character, a 4-character prefix (上海 + trade name) selects tens to thousands.
    public static WeightedPicker<char> TradeNameSecond { get; } = WeightedPicker<char>.Uniform(
        "信达泰通诚鑫瑞昌丰源盛辉宇鼎川峰迪杰林森阳晨润霖航翔宸骏睿智逸拓铭宁安和顺成元茂");

    public static WeightedPicker<string> Surnames { get; } = WeightedPicker<string>.Zipf(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            .Select(c => c.ToString()));

    public static WeightedPicker<char> GivenName { get; } = WeightedPicker<char>.Uniform(
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玲文斌辉鹏飞宇浩凯健俊帆帅旭宁晨阳欣婷雪琳颖慧倩佳怡晓梅兰萍燕虹琴云莉洁蕾薇丹玉荣春海波林峰亮成东新民永德良鑫昊然子轩睿博泽铭思雨嘉诗涵梓");

    public static IReadOnlyList<string> Roads { get; } =
    [
        "张江路", "金科路", "碧波路", "祖冲之路", "龙东大道", "川沙路", "漕宝路", "虹梅路", "宜山路", "田林路", "钦州路", "中山西路",
        "延安西路", "长宁路", "江苏路", "天山路", "南京西路", "共和新路", "江场路", "武宁路", "真北路", "曹杨路", "四平路", "江浦路",
        "国权路", "莘庄路", "都市路", "七莘路", "沪太路", "友谊路", "嘉罗公路", "曹安公路", "叶榭路", "九亭大道", "盈港路", "华新路",
        "南桥路", "奉浦大道", "城桥路", "陈家镇路", "浦星公路", "临港大道",
    ];

    public static IReadOnlyList<string> Majors { get; } =
    [
        "质量管理", "机械工程", "化学工程", "电子信息", "工商管理", "材料科学", "自动化", "食品科学", "药学", "计算机科学", "工业工程", "统计学",
    ];

    /// <summary>Legal forms, most companies being limited liability companies.</summary>
    public static WeightedPicker<string> LegalForms { get; } = new([("有限公司", 85), ("股份有限公司", 8), ("有限责任公司", 7)]);

    /// <summary>Address codes of resident IDs from outside Shanghai (many officers were born elsewhere).</summary>
    public static IReadOnlyList<string> OtherAddressCodes { get; } =
    [
        "320102", "320506", "320583", "330106", "330203", "340104", "360102", "370102", "410105", "420106", "430104",
        "510107", "610113", "130102", "210102", "230103", "350102", "440106", "500103", "120101", "110105",
    ];
}
