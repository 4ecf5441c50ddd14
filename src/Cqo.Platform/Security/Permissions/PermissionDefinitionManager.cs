using System.Collections.Frozen;

namespace Cqo.Platform.Security.Permissions;

/// <summary>Every module's permission tree, built once at start from the registered providers.</summary>
public sealed class PermissionDefinitionManager
{
    private readonly FrozenDictionary<string, PermissionDefinition> _byName;

    public PermissionDefinitionManager(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        var context = new PermissionDefinitionContext();
        foreach (var provider in providers)
        {
            provider.Define(context);
        }

        Groups = context.Groups;
        var all = Groups.SelectMany(g => g.Permissions).SelectMany(p => p.SelfAndDescendants()).ToList();
        var duplicate = all.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Permission '{duplicate.Key}' is defined more than once.");
        }

        All = all;
        _byName = all.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    /// <summary>Every permission, parents before their children.</summary>
    public IReadOnlyList<PermissionDefinition> All { get; }

    public PermissionDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}
