namespace Cqo.Identity.Contracts;

/// <summary>Length limits shared by validation, the database and the UI.</summary>
public static class IdentityLimits
{
    public const int UserNameMaxLength = 64;
    public const int DisplayNameMaxLength = 64;
    public const int EmailMaxLength = 256;
    public const int PhoneMaxLength = 32;
    public const int PasswordMinLength = 10;
    public const int PasswordMaxLength = 128;
    public const int OrganisationNameMaxLength = 128;
    public const int UsccLength = 18;
    public const int JurisdictionCodeMaxLength = 16;
    public const int ClientIdMaxLength = 64;
    public const int PermissionNameMaxLength = 128;
    public const int RoleNameMaxLength = 64;
    public const int ReasonMaxLength = 500;

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public const int MaxFailedSignIns = 5;
}
