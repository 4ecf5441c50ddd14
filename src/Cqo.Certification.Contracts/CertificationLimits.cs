namespace Cqo.Certification.Contracts;

/// <summary>Field lengths of the certification module, shared by validation and the schema.</summary>
public static class CertificationLimits
{
    /// <summary><c>SHCQO-2026-310115-000123</c>.</summary>
    public const int NumberMaxLength = 24;

    public const int NameMaxLength = 100;

    public const int TitleMaxLength = 200;

    public const int ReasonMaxLength = 500;

    public const int EvidenceMaxLength = 500;

    /// <summary>The stored name of an evidence document.</summary>
    public const int FileNameMaxLength = 200;

    /// <summary>The most hours one logged activity may claim.</summary>
    public const decimal MaxCreditHours = 200m;
}
