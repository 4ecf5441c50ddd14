namespace Cqo.Reference.Contracts;

/// <summary>Permission names of the reference-data module.</summary>
public static class ReferencePermissions
{
    /// <summary>Create, edit and remove regulator units and other dictionaries (municipal regulator, platform admin).</summary>
    public const string Manage = "Reference.Manage";
}
