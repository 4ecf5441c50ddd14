namespace Cqo.Registry.Contracts;

/// <summary>Permission names of the registry module.</summary>
public static class RegistryPermissions
{
    /// <summary>See enterprises (within one's scope).</summary>
    public const string Enterprises = "Registry.Enterprises";

    /// <summary>Register, edit and deregister enterprises.</summary>
    public const string EnterprisesManage = "Registry.Enterprises.Manage";

    /// <summary>Register a code that fails the checksum, with a recorded reason (regulators only).</summary>
    public const string EnterprisesOverrideUscc = "Registry.Enterprises.OverrideUscc";

    /// <summary>See people, their ID numbers masked.</summary>
    public const string People = "Registry.People";

    public const string PeopleManage = "Registry.People.Manage";

    /// <summary>See a full ID number; every use is recorded.</summary>
    public const string PeopleRevealIdNumber = "Registry.People.RevealIdNumber";

    /// <summary>See appointment filings.</summary>
    public const string Filings = "Registry.Filings";

    /// <summary>Draft, submit, withdraw and end the enterprise's own filings.</summary>
    public const string FilingsManage = "Registry.Filings.Manage";

    /// <summary>Review filings, handle objections, revoke appointments.</summary>
    public const string FilingsReview = "Registry.Filings.Review";

    /// <summary>Import enterprises and people from spreadsheets.</summary>
    public const string Imports = "Registry.Imports";

    /// <summary>Edit the qualification rule sets.</summary>
    public const string RuleSetsManage = "Registry.RuleSets.Manage";
}
