using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;

namespace Cqo.Identity.Domain;

/// <summary>
/// A confidential OAuth client (an enterprise's HR system, say) bound to one organisation scope: its
/// client-credentials tokens see what that scope sees and hold the client's own grants. Secrets
/// live hashed in the OpenIddict application of the same client id.
/// </summary>
internal sealed class IntegrationClient : AggregateRoot, IDataScoped
{
    public IntegrationClient(Guid id, string clientId, string displayName, DataScope scope)
        : base(id)
    {
        ClientId = clientId;
        DisplayName = displayName;
        ScopeKind = scope.Kind;
        OrganisationId = scope.OrganisationId;
        JurisdictionCode = scope.JurisdictionCode;
    }

    private IntegrationClient() { }

    public string ClientId { get; private set; } = "";

    public string DisplayName { get; set; } = "";

    public ScopeKind ScopeKind { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public string? JurisdictionCode { get; private set; }

    public Guid? OwnerUserId => null;

    public DateTimeOffset? SecretRotatedAt { get; set; }

    public DataScope Scope => new(ScopeKind, OrganisationId, JurisdictionCode);
}
