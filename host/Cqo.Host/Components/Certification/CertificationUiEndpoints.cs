using Cqo.Certification.Endpoints;

namespace Cqo.Host.Components.Certification;

/// <summary>The certification downloads for the signed-in UI (sign-in cookie; <c>/api</c> takes bearer tokens only), scoped as in the API.</summary>
internal static class CertificationUiEndpoints
{
    public const string Prefix = "/certification";

    public static void MapCertificationUiEndpoints(this IEndpointRouteBuilder endpoints) =>
        CertificationDownloads.Map(endpoints.MapGroup(Prefix).ExcludeFromDescription());
}
