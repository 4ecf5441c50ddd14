namespace Cqo.Registry.Contracts;

/// <summary>Column lengths, shared by validators, the schema and the UI.</summary>
public static class RegistryLimits
{
    public const int EnterpriseNameMaxLength = 200;
    public const int AddressMaxLength = 300;
    public const int ReasonMaxLength = 500;
    public const int CommentMaxLength = 2000;
    public const int PersonNameMaxLength = 100;
    public const int IdNumberMaxLength = 32;
    public const int TextMaxLength = 100;
    public const int PhoneMaxLength = 32;
    public const int EmailMaxLength = 256;
    public const int AwardNameMaxLength = 200;
    public const int CertificateNumberMaxLength = 40;
    public const int FileNameMaxLength = 200;
    public const int MaxAwards = 50;
    public const int MaxQualityYears = 60;
}
