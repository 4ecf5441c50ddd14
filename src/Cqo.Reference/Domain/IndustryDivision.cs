namespace Cqo.Reference.Domain;

/// <summary>A GB/T 4754-2017 division (大类) within its section.</summary>
internal sealed class IndustryDivision(string code, string sectionCode, string nameZh, string nameEn)
{
    public string Code { get; private set; } = code;

    public string SectionCode { get; private set; } = sectionCode;

    public string NameZh { get; private set; } = nameZh;

    public string NameEn { get; private set; } = nameEn;
}
