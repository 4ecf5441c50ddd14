using Cqo.Identity.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;

namespace Cqo.Identity.Domain;

/// <summary>
/// A person who signs in. Every account acts for exactly one organisation scope, which decides what
/// it sees; its roles decide what it may do.
/// </summary>
internal sealed class UserAccount : IdentityUser<Guid>, IDataScoped, IAudited
{
    public UserAccount(Guid id, string userName, string displayName, DataScope scope)
    {
        Id = id;
        UserName = userName;
        DisplayName = displayName;
        OwnerUserId = id;
        SecurityStamp = Guid.NewGuid().ToString("N");
        PlaceIn(scope);
    }

    private UserAccount() { }

    public string DisplayName { get; set; } = "";

    public ScopeKind ScopeKind { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public string? JurisdictionCode { get; private set; }

    /// <summary>Always the account itself: an officer sees their own account.</summary>
    public Guid? OwnerUserId { get; private set; }

    public ApprovalStatus Approval { get; set; } = ApprovalStatus.Approved;

    /// <summary>zh-CN or en; the UI and mails use it.</summary>
    public string? PreferredCulture { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset? ModifiedAt { get; set; }

    public Guid? ModifiedBy { get; set; }

    /// <summary>
    /// What the account sees. An officer's account may name its employer (whose administrators see
    /// it, and who sponsors the officer's training) and still sees only its own rows: individuals
    /// see nothing by organisation or jurisdiction (<see cref="DataScope.SeenOrganisationId"/>).
    /// </summary>
    public DataScope Scope => new(ScopeKind, OrganisationId, JurisdictionCode, Id);

    public void PlaceIn(DataScope scope)
    {
        ScopeKind = scope.Kind;
        OrganisationId = scope.OrganisationId;
        JurisdictionCode = scope.JurisdictionCode;
    }
}
