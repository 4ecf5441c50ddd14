using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;

namespace Cqo.Training.Application;

/// <summary>The caller as training sees it: a provider acts for itself, city-wide scopes for any provider.</summary>
internal sealed class TrainingCaller(ICurrentUser user)
{
    public DataScope Scope => user.Scope;

    public Guid? UserId => user.UserId;

    /// <summary>The provider the caller belongs to, if it acts for one.</summary>
    public Guid? OwnProviderId => user.Scope.Kind == ScopeKind.TrainingProvider ? user.Scope.OrganisationId : null;

    /// <summary>Providers manage only their own records; the municipal regulator and operators any provider's.</summary>
    public void EnsureActsFor(Guid providerId)
    {
        if (!user.Scope.SeesAll && OwnProviderId != providerId)
        {
            throw new BusinessRuleException("training.outside_scope", new ErrorMessage("Training:OutsideScope"));
        }
    }

    /// <summary>The provider a new record belongs to: the caller's own, or the one a city-wide caller names.</summary>
    public Guid ProviderFor(Guid? requested, string field)
    {
        if (requested is { } named)
        {
            EnsureActsFor(named);
            return named;
        }

        return OwnProviderId ?? throw new FieldValidationException(field, new ErrorMessage("Training:ProviderRequired", field));
    }
}
