using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// The words a file may use for each choice: the Chinese the template shows first, then the usual
/// variants and the API's own names. Compared ignoring case and surrounding space.
/// </summary>
internal sealed class ImportChoices<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _words = new(StringComparer.OrdinalIgnoreCase);

    public ImportChoices(params (T Value, string[] Words)[] choices)
    {
        foreach (var (value, words) in choices)
        {
            foreach (var word in words.Append(value.ToString()))
            {
                _words[word] = value;
            }
        }

        Shown = string.Join("、", choices.Select(c => c.Words[0]));
    }

    /// <summary>The words the template offers, for the message when none matched.</summary>
    public string Shown { get; }

    public T? Find(string text) => _words.TryGetValue(text.Trim(), out var value) ? value : null;
}

internal static class ImportWords
{
    public static readonly ImportChoices<EnterpriseScale> Scales = new(
        (EnterpriseScale.Large, ["大型", "大型企业"]),
        (EnterpriseScale.Medium, ["中型", "中型企业"]),
        (EnterpriseScale.Small, ["小型", "小型企业"]),
        (EnterpriseScale.Micro, ["微型", "微型企业"]));

    public static readonly ImportChoices<PersonalIdType> IdTypes = new(
        (PersonalIdType.ResidentId, ["居民身份证", "身份证"]),
        (PersonalIdType.HkMacauTaiwanPermit, ["港澳台居民通行证", "港澳台通行证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证"]),
        (PersonalIdType.Passport, ["护照"]),
        (PersonalIdType.ForeignPermanentResidence, ["外国人永久居留身份证", "外国人永久居留证"]));

    public static readonly ImportChoices<Education> Educations = new(
        (Education.Secondary, ["中专/高中", "中专", "高中", "中专或高中"]),
        (Education.JuniorCollege, ["大专", "专科"]),
        (Education.Bachelor, ["本科", "大学本科"]),
        (Education.Master, ["硕士研究生", "硕士", "研究生"]),
        (Education.Doctorate, ["博士研究生", "博士"]));

    public static readonly ImportChoices<TitleLevel> Titles = new(
        (TitleLevel.None, ["无"]),
        (TitleLevel.Junior, ["初级"]),
        (TitleLevel.Intermediate, ["中级"]),
        (TitleLevel.AssociateSenior, ["副高级", "副高", "高级"]),
        (TitleLevel.Senior, ["正高级", "正高"]));

    public static readonly ImportChoices<YesNo> Flags = new(
        (YesNo.Yes, ["是", "Y", "TRUE", "1"]),
        (YesNo.No, ["否", "N", "FALSE", "0"]));
}

internal enum YesNo
{
    No,
    Yes,
}
