using Cqo.Oversight.Endpoints;

namespace Cqo.Host.Components.Oversight;

/// <summary>
/// The oversight downloads for the signed-in pages (sign-in cookie; <c>/api</c> takes bearer tokens only):
/// an audit-trail export and a background export's file, as in the API. An export too large to answer
/// at once is queued and the browser is sent to the list of exports.
/// </summary>
internal static class OversightUiEndpoints
{
    public const string Prefix = "/oversight";

    public const string ExportsPage = "/oversight/exports";

    public static void MapOversightUiEndpoints(this IEndpointRouteBuilder endpoints) =>
        OversightDownloads.Map(endpoints.MapGroup(Prefix).ExcludeFromDescription(), _ => Results.Redirect(ExportsPage));
}
