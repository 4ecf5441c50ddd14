using Cqo.Identity.Contracts;
using Cqo.Platform.Security.Permissions;
using Microsoft.Extensions.Localization;

namespace Cqo.Identity.Application.Roles;

/// <summary>The defined permission tree, localized, marked with what a subject holds.</summary>
internal sealed class PermissionTree(PermissionDefinitionManager definitions, IStringLocalizer texts)
{
    public IReadOnlyList<PermissionGroupDto> Describe(IReadOnlySet<string> granted) =>
        definitions.Groups
            .Select(g => new PermissionGroupDto(g.Name, texts[g.DisplayNameKey], g.Permissions.Select(p => Node(p, granted)).ToList()))
            .ToList();

    private PermissionNodeDto Node(PermissionDefinition permission, IReadOnlySet<string> granted) =>
        new(permission.Name, texts[permission.DisplayNameKey], granted.Contains(permission.Name),
            permission.Children.Select(c => Node(c, granted)).ToList());
}
