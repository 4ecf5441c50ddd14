using System.Security.Claims;
using Cqo.SharedKernel.Security;

namespace Cqo.Platform.Security;

/// <summary>Writes a <see cref="DataScope"/> into claims and reads it back.</summary>
public static class ScopeClaims
{
    public static IEnumerable<Claim> For(DataScope scope)
    {
        yield return new Claim(CqoClaimTypes.ScopeKind, scope.Kind.ToString());
        if (scope.OrganisationId is { } organisation)
        {
            yield return new Claim(CqoClaimTypes.OrganisationId, organisation.ToString());
        }

        if (scope.JurisdictionCode is { } jurisdiction)
        {
            yield return new Claim(CqoClaimTypes.JurisdictionCode, jurisdiction);
        }
    }

    /// <summary>
    /// The account a principal signs in as. A client acting for itself has its client id as subject
    /// (client credentials), which is never taken for an account, whatever it looks like.
    /// </summary>
    public static Guid? UserIdOf(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirstValue(CqoClaimTypes.Subject) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var isClient = subject is not null && subject == principal.FindFirstValue(CqoClaimTypes.ClientId);
        return !isClient && Guid.TryParse(subject, out var id) ? id : null;
    }

    /// <summary>
    /// The scope an authenticated principal carries. One without a valid scope claim sees only its
    /// own rows: a missing claim never widens what a caller sees.
    /// </summary>
    public static DataScope Read(ClaimsPrincipal principal)
    {
        var userId = UserIdOf(principal);
        if (!Enum.TryParse<ScopeKind>(principal.FindFirstValue(CqoClaimTypes.ScopeKind), out var kind) || !Enum.IsDefined(kind))
        {
            return new DataScope(ScopeKind.Individual, UserId: userId);
        }

        // An individual keeps the organisation it belongs to (the enterprise sponsoring an officer's
        // training): it widens nothing, since only enterprises and providers see by organisation.
        var organisation = Guid.TryParse(principal.FindFirstValue(CqoClaimTypes.OrganisationId), out var org) ? org : (Guid?)null;
        return new DataScope(kind, organisation, principal.FindFirstValue(CqoClaimTypes.JurisdictionCode), userId);
    }
}
