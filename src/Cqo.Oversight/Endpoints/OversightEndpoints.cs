using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Oversight.Endpoints;

/// <summary><c>/api/oversight</c>: figures, their records, targets, snapshots, exports and the audit trail.</summary>
internal static class OversightEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/oversight").WithTags("Oversight").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        _ = api;
    }
}
