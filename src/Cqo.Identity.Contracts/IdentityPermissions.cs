namespace Cqo.Identity.Contracts;

/// <summary>Permission names of the identity module.</summary>
public static class IdentityPermissions
{
    /// <summary>See user accounts (within one's scope).</summary>
    public const string Users = "Identity.Users";

    /// <summary>Create and edit accounts, assign roles, lock, unlock, reset passwords.</summary>
    public const string UsersManage = "Identity.Users.Manage";

    /// <summary>Approve or reject self-registered enterprise administrators.</summary>
    public const string Registrations = "Identity.Registrations";

    public const string Roles = "Identity.Roles";

    /// <summary>Grant and revoke permissions of roles and users.</summary>
    public const string RolesManage = "Identity.Roles.Manage";

    public const string Clients = "Identity.Clients";

    /// <summary>Create integration clients and rotate their secrets.</summary>
    public const string ClientsManage = "Identity.Clients.Manage";

    public const string SecurityLog = "Identity.SecurityLog";

    /// <summary>See the organisations (enterprises, providers) that hold accounts.</summary>
    public const string Organisations = "Identity.Organisations";
}
