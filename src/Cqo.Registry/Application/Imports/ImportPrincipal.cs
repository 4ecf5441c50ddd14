using System.Security.Claims;
using Cqo.Platform.Security;
using Cqo.Registry.Domain;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// The uploader as a principal, rebuilt from the batch for the job, which has no request: the rows
/// it creates then carry the uploader in their creation stamp and in the entity-change trail, and
/// its queries run in the uploader's scope.
/// </summary>
internal static class ImportPrincipal
{
    public const string AuthenticationType = "import-job";

    public static ClaimsPrincipal Of(ImportBatch batch)
    {
        var creator = batch.Creator;
        var claims = new List<Claim> { new(CqoClaimTypes.Name, creator.Name) };
        if (creator.UserId is { } userId)
        {
            claims.Add(new Claim(CqoClaimTypes.Subject, userId.ToString()));
        }
        else if (creator.ClientId is { } clientId)
        {
            claims.Add(new Claim(CqoClaimTypes.Subject, clientId));
            claims.Add(new Claim(CqoClaimTypes.ClientId, clientId));
        }

        claims.AddRange(ScopeClaims.For(creator.Scope));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, CqoClaimTypes.Name, CqoClaimTypes.Role));
    }
}
