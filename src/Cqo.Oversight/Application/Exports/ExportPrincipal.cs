using System.Security.Claims;
using Cqo.Oversight.Domain;
using Cqo.Platform.Security;

namespace Cqo.Oversight.Application.Exports;

/// <summary>
/// The owner of an export as a principal, rebuilt from the export for the job, which has no request:
/// the job's queries then run in the owner's scope, its permission checks ask the owner's current
/// grants, and what it records on the audit trail names the owner.
/// </summary>
internal static class ExportPrincipal
{
    public const string AuthenticationType = "export-job";

    public static ClaimsPrincipal Of(Export export)
    {
        var owner = export.Owner;
        var claims = new List<Claim> { new(CqoClaimTypes.Name, owner.Name) };
        if (owner.UserId is { } userId)
        {
            claims.Add(new Claim(CqoClaimTypes.Subject, userId.ToString()));
        }
        else if (owner.ClientId is { } clientId)
        {
            claims.Add(new Claim(CqoClaimTypes.Subject, clientId));
            claims.Add(new Claim(CqoClaimTypes.ClientId, clientId));
        }

        claims.AddRange(ScopeClaims.For(owner.Scope));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, CqoClaimTypes.Name, CqoClaimTypes.Role));
    }
}
