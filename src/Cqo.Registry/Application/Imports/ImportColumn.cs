using Cqo.Registry.Contracts;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// A column of an import file: its Chinese header, the request field it fills (validation messages
/// name that field, and are shown with the header instead), whether a file must have it, and the
/// template's example. <see cref="IsCode"/> marks codes and numbers that Excel must keep as text.
/// </summary>
internal sealed record ImportColumn(string Header, string Field, bool Required, string Example, bool IsCode = false);

/// <summary>The columns of each kind of import, in template order; importers address them by index.</summary>
internal static class ImportColumns
{
    public static IReadOnlyList<ImportColumn> For(ImportKind kind) => kind switch
    {
        ImportKind.Enterprises => EnterpriseColumns.All,
        ImportKind.People => PersonColumns.All,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown import kind."),
    };
}

internal static class EnterpriseColumns
{
    public const int Uscc = 0;
    public const int Name = 1;
    public const int Address = 2;
    public const int District = 3;
    public const int RegulatorUnit = 4;
    public const int IndustryDivision = 5;
    public const int Scale = 6;
    public const int AboveDesignatedSize = 7;
    public const int Specialised = 8;
    public const int UsccOverrideReason = 9;

    public static readonly IReadOnlyList<ImportColumn> All =
    [
        new("统一社会信用代码", "uscc", true, "91310110666007217T", IsCode: true),
        new("企业名称", "name", true, "上海示例质量科技有限公司"),
        new("注册地址", "address", false, "上海市杨浦区国定路 100 号"),
        new("所在区", "districtCode", true, "杨浦区", IsCode: true),
        new("监管单位代码", "regulatorUnitCode", false, "", IsCode: true),
        new("行业大类代码", "industryDivisionCode", true, "34", IsCode: true),
        new("企业规模", "scale", true, "中型"),
        new("规模以上", "aboveDesignatedSize", false, "是"),
        new("专精特新", "specialised", false, "否"),
        new("历史代码登记理由", "usccOverrideReason", false, ""),
    ];
}

internal static class PersonColumns
{
    public const int EnterpriseUscc = 0;
    public const int Name = 1;
    public const int IdType = 2;
    public const int IdNumber = 3;
    public const int Education = 4;
    public const int Major = 5;
    public const int Title = 6;
    public const int QualityEngineerLevel = 7;
    public const int QualityYears = 8;
    public const int Phone = 9;
    public const int Email = 10;

    /// <summary>The enterprise column is required of regulators; an enterprise's own accounts may leave it out (themselves).</summary>
    public static readonly IReadOnlyList<ImportColumn> All =
    [
        new("企业统一社会信用代码", "enterpriseId", false, "91310110666007217T", IsCode: true),
        new("姓名", "name", true, "张三"),
        new("证件类型", "idType", true, "居民身份证"),
        new("证件号码", "idNumber", true, "11010519491231002X", IsCode: true),
        new("学历", "education", true, "本科"),
        new("专业", "major", false, "质量管理工程"),
        new("职称", "title", false, "中级"),
        new("质量工程师等级", "qualityEngineerLevel", false, "中级"),
        new("质量工作年限", "qualityYears", false, "5", IsCode: true),
        new("手机", "phone", false, "13800000000", IsCode: true),
        new("电子邮箱", "email", false, "zhangsan@example.cn"),
    ];

    public static IReadOnlyList<ImportColumn> ForRegulators { get; } =
        [.. All.Select((c, i) => i == EnterpriseUscc ? c with { Required = true } : c)];
}
