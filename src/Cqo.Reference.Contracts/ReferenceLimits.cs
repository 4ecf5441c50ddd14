namespace Cqo.Reference.Contracts;

/// <summary>Field lengths, shared by validators, the database and clients.</summary>
public static class ReferenceLimits
{
    /// <summary>Regulator unit code, e.g. <c>310115</c> or <c>LINGANG</c>.</summary>
    public const int UnitCodeMaxLength = 20;

    /// <summary>Chinese names.</summary>
    public const int NameZhMaxLength = 100;

    /// <summary>English names.</summary>
    public const int NameEnMaxLength = 200;
}
