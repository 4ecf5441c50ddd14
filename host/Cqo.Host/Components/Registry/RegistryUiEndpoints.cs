using Cqo.Platform.Security;
using Cqo.Registry.Application.Filings;
using Cqo.Registry.Contracts;

namespace Cqo.Host.Components.Registry;

/// <summary>
/// <c>GET /registry/filings/{id}/letter</c>: the appointment letter for the signed-in UI. <c>/api</c> takes bearer
/// tokens only, so the pages link here (sign-in cookie). Scoped like the API: a filing outside the caller's scope is 404.
/// </summary>
internal static class RegistryUiEndpoints
{
    public static string LetterPath(Guid filingId) => $"/registry/filings/{filingId}/letter";

    public static void MapRegistryUiEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/registry/filings/{id:guid}/letter", async (Guid id, DownloadLetterHandler handler, CancellationToken ct) =>
            {
                var letter = await handler.HandleAsync(id, ct);
                return TypedResults.Stream(letter.Content, letter.ContentType, letter.FileName);
            })
            .RequirePermission(RegistryPermissions.Filings)
            .ExcludeFromDescription();
}
