namespace Cqo.SharedKernel.Security;

/// <summary>
/// The roles every installation starts with. Modules name them as the default holders of their
/// permissions; administrators may change the grants afterwards.
/// </summary>
public static class StandardRoles
{
    public const string PlatformAdmin = "PlatformAdmin";
    public const string MunicipalRegulator = "MunicipalRegulator";
    public const string DistrictRegulator = "DistrictRegulator";
    public const string Auditor = "Auditor";
    public const string EnterpriseAdmin = "EnterpriseAdmin";
    public const string ProviderAdmin = "ProviderAdmin";
    public const string Trainer = "Trainer";
    public const string Officer = "Officer";

    public static readonly IReadOnlyList<string> All =
        [PlatformAdmin, MunicipalRegulator, DistrictRegulator, Auditor, EnterpriseAdmin, ProviderAdmin, Trainer, Officer];
}
