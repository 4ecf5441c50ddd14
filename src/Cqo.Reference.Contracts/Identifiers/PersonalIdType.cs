namespace Cqo.Reference.Contracts.Identifiers;

/// <summary>The kinds of identity document a person may be registered with.</summary>
public enum PersonalIdType
{
    /// <summary>居民身份证: the citizen identity number of GB 11643-1999, 18 characters.</summary>
    ResidentId,

    /// <summary>
    /// 港澳居民来往内地通行证 or 台湾居民来往大陆通行证: <c>H</c>/<c>M</c> and 8 digits (10 in the old
    /// form), or 8 digits for Taiwan.
    /// </summary>
    HkMacauTaiwanPermit,

    /// <summary>护照: 5 to 17 letters and digits.</summary>
    Passport,

    /// <summary>
    /// 外国人永久居留身份证: 3 letters and 12 digits, or since 2023 18 characters starting with <c>9</c>
    /// and checked like a resident ID.
    /// </summary>
    ForeignPermanentResidence,
}
