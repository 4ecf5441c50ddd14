namespace Cqo.Reference.Domain;

/// <summary>A GB/T 4754-2017 section (门类).</summary>
internal sealed class IndustrySection(string code, string nameZh, string nameEn)
{
    public string Code { get; private set; } = code;

    public string NameZh { get; private set; } = nameZh;

    public string NameEn { get; private set; } = nameEn;
}
