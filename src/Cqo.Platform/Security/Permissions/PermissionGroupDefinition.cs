namespace Cqo.Platform.Security.Permissions;

/// <summary>A group of permission trees, shown together (one module, or one area of it).</summary>
public sealed class PermissionGroupDefinition(string name)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;

    public string DisplayNameKey => $"PermissionGroup:{Name}";

    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    /// <summary>Adds a top-level permission, granted by default to <paramref name="defaultRoles"/>.</summary>
    public PermissionDefinition Add(string name, params string[] defaultRoles)
    {
        var permission = new PermissionDefinition(name, null, defaultRoles);
        _permissions.Add(permission);
        return permission;
    }
}
