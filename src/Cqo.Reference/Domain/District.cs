namespace Cqo.Reference.Domain;

/// <summary>A Shanghai district, keyed by its GB/T 2260 code.</summary>
internal sealed class District(string code, string nameZh, string nameEn, int sortOrder)
{
    public string Code { get; private set; } = code;

    public string NameZh { get; private set; } = nameZh;

    public string NameEn { get; private set; } = nameEn;

    public int SortOrder { get; private set; } = sortOrder;
}
