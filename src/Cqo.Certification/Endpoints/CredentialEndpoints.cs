using Cqo.Certification.Application;
using Cqo.Certification.Application.Credentials;
using Cqo.Platform.Http;
using Cqo.SharedKernel.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Cqo.Certification.Endpoints;

/// <summary>
/// What a verifier needs to check a signed credential offline, for anyone: the keys, the issuer
/// profile and the status lists (a certificate's own credential is a download, <see cref="CertificationDownloads"/>).
/// </summary>
internal static class CredentialEndpoints
{
    public const string JwtContentType = "application/jwt";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("").WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimitingOptions.PublicPolicy);
        open.MapGet("/api/public/credentials/jwks.json", (CredentialKeys keys, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Json(keys.JsonWebKeySet());
        });
        open.MapGet("/api/public/credentials/status/{purpose}", async (string purpose, HttpContext context, CertificateCredentials credentials, CancellationToken ct) =>
            {
                if (!CredentialStatusPurposes.TryParse(purpose, out var parsed))
                {
                    throw new NotFoundException("StatusList", purpose);
                }

                // Short-lived: a revocation should reach verifiers within minutes.
                context.Response.Headers.CacheControl = "public, max-age=60";
                return Results.Text(await credentials.StatusListAsync(parsed, PublicBaseUrl.Of(context), ct), JwtContentType);
            })
            .Produces<string>(StatusCodes.Status200OK, JwtContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/issuer", (HttpContext context, IOptions<CertificationOptions> options) =>
        {
            var baseUrl = PublicBaseUrl.Of(context);
            return Results.Json(new Dictionary<string, object>
            {
                ["@context"] = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                ["id"] = CredentialUrls.Issuer(baseUrl),
                ["type"] = "Profile",
                ["name"] = options.Value.IssuerName,
                ["publicKey"] = $"{baseUrl}/api/public/credentials/jwks.json",
            });
        }).ExcludeFromDescription();
    }
}
