namespace Cqo.Platform.Security.Permissions;

/// <summary>Collects the groups that <see cref="IPermissionDefinitionProvider"/>s declare.</summary>
public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionGroupDefinition> _groups = [];

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;

    /// <summary>Adds a group; its display name is the localized text <c>PermissionGroup:{name}</c>.</summary>
    public PermissionGroupDefinition AddGroup(string name)
    {
        var group = new PermissionGroupDefinition(name);
        _groups.Add(group);
        return group;
    }
}
