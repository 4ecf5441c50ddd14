namespace Cqo.Platform.Security.Permissions;

/// <summary>A module's permissions, declared in code as groups of permission trees.</summary>
public interface IPermissionDefinitionProvider
{
    void Define(PermissionDefinitionContext context);
}
