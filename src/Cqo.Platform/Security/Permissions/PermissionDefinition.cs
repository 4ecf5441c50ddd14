namespace Cqo.Platform.Security.Permissions;

/// <summary>
/// One permission. A child only makes sense with its parent (manage users needs see users); granting
/// a child without its parent is refused.
/// </summary>
public sealed class PermissionDefinition
{
    private readonly List<PermissionDefinition> _children = [];

    internal PermissionDefinition(string name, PermissionDefinition? parent, IReadOnlyList<string> defaultRoles)
    {
        Name = name;
        Parent = parent;
        DefaultRoles = defaultRoles;
    }

    public string Name { get; }

    /// <summary>The localized display name's key: <c>Permission:{name}</c>.</summary>
    public string DisplayNameKey => $"Permission:{Name}";

    public PermissionDefinition? Parent { get; }

    /// <summary>Roles that hold the permission when it first appears (see the identity seeder).</summary>
    public IReadOnlyList<string> DefaultRoles { get; }

    public IReadOnlyList<PermissionDefinition> Children => _children;

    public PermissionDefinition AddChild(string name, params string[] defaultRoles)
    {
        var child = new PermissionDefinition(name, this, defaultRoles);
        _children.Add(child);
        return child;
    }

    public IEnumerable<PermissionDefinition> SelfAndDescendants() =>
        _children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
