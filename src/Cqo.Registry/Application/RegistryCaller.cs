using Cqo.Registry.Domain;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;

namespace Cqo.Registry.Application;

/// <summary>The caller as the registry sees it: an actor for the history, and what its scope lets it register.</summary>
internal sealed class RegistryCaller(ICurrentUser user, IPermissionChecker permissions)
{
    public DataScope Scope => user.Scope;

    public Actor Actor => new(user.UserId, user.UserName ?? user.ClientId ?? "system");

    public ValueTask<bool> HoldsAsync(string permission, CancellationToken cancellationToken) =>
        permissions.IsGrantedAsync(permission, cancellationToken);

    /// <summary>Deregistering and moving enterprises between regulators are regulators' acts (DOMAIN.md §2).</summary>
    public void EnsureIsRegulator()
    {
        if (user.Scope.Kind == ScopeKind.Enterprise)
        {
            throw new BusinessRuleException("registry.outside_scope", new ErrorMessage("Registry:OutsideScope"));
        }
    }

    /// <summary>
    /// Whether the caller may place an enterprise under this regulator unit and id: city-wide
    /// scopes anywhere, a district regulator in its jurisdiction, an enterprise only itself.
    /// </summary>
    public void EnsureMayRegister(Guid enterpriseId, string regulatorUnitCode)
    {
        var scope = user.Scope;
        var allowed = scope.SeesAll
            || (scope.SeenJurisdictionCode is { } jurisdiction && jurisdiction == regulatorUnitCode)
            || (scope.Kind == ScopeKind.Enterprise && scope.OrganisationId == enterpriseId);
        if (!allowed)
        {
            throw new BusinessRuleException("registry.outside_scope", new ErrorMessage("Registry:OutsideScope"));
        }
    }
}
