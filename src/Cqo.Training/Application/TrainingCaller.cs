using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Cqo.Training.Domain;

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

    /// <summary>The enterprise the caller administers, if it acts for one.</summary>
    public Guid? OwnEnterpriseId => user.Scope.Kind == ScopeKind.Enterprise ? user.Scope.OrganisationId : null;

    /// <summary>
    /// The caller as a trainee applying for themself: an officer's account names the enterprise that
    /// sponsors them (and confirms the application); an account without one applies privately.
    /// </summary>
    public Trainee AsTrainee()
    {
        var userId = user.UserId ?? throw new BusinessRuleException("training.trainee_account_required", new ErrorMessage("Training:TraineeAccountRequired"));
        var scope = user.Scope;
        var sponsor = scope.Kind == ScopeKind.Individual ? scope.OrganisationId : null;
        return new Trainee(userId, null, user.DisplayName ?? user.UserName ?? "", null, sponsor, sponsor is null ? null : scope.JurisdictionCode);
    }

    /// <summary>Whether the caller speaks for the enrolment's sponsor (or city-wide).</summary>
    public bool IsSponsorOf(Enrolment enrolment) => user.Scope.SeesAll || (OwnEnterpriseId is { } own && own == enrolment.SponsorId);

    /// <summary>Whether the caller runs the enrolment's course (its provider, or city-wide).</summary>
    public bool IsProviderOf(Enrolment enrolment) => user.Scope.SeesAll || OwnProviderId == enrolment.ProviderId;

    public bool IsTraineeOf(Enrolment enrolment) => user.UserId is { } id && id == enrolment.TraineeUserId;

    /// <summary>Refuses a step the caller's part in the enrolment does not allow.</summary>
    public void Ensure(bool allowed)
    {
        if (!allowed)
        {
            throw new BusinessRuleException("training.enrolment_not_yours", new ErrorMessage("Training:EnrolmentNotYours"));
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
