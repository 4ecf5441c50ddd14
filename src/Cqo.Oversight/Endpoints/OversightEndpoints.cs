using Cqo.Oversight.Application.AuditTrail;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Platform.Auditing;
using Cqo.Platform.Auditing.Chain;
using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Oversight.Endpoints;

/// <summary><c>/api/oversight</c>: figures, their records, targets, snapshots, exports and the audit trail.</summary>
internal static class OversightEndpoints
{
    public const string Prefix = "/api/oversight";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithTags("Oversight").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        MapAuditTrail(api.MapGroup("/audit-trail"));
        MapExports(api.MapGroup("/exports"));
        OversightDownloads.Map(api, queued => TypedResults.Accepted($"{Prefix}/exports/{queued.Id}", queued));
    }

    private static void MapAuditTrail(RouteGroupBuilder trail)
    {
        trail.MapGet("", ([AsParameters] AuditTrailSearch search, [AsParameters] PageQuery page, AuditTrailQueries queries, CancellationToken ct) =>
                queries.ListAsync(search.ToFilter(), page.ToRequest(), ct))
            .RequirePermission(OversightPermissions.AuditTrail)
            .ProducesValidationProblem();
        trail.MapGet("/verification", async (IAuditTrail audit, CancellationToken ct) =>
                await audit.LatestVerificationAsync(ct) ?? throw new NotFoundException("AuditTrailVerification", "latest"))
            .RequirePermission(OversightPermissions.AuditTrail);
        trail.MapPost("/verification", (IAuditTrail audit, ICurrentUser user, CancellationToken ct) => audit.VerifyAsync(user.UserId, ct))
            .RequirePermission(OversightPermissions.AuditTrail)
            .Produces<AuditChainVerificationDto>();
    }

    /// <summary>The caller's own background exports; anyone's else answer 404.</summary>
    private static void MapExports(RouteGroupBuilder exports)
    {
        exports.MapGet("", ([AsParameters] PageQuery page, Exports list, CancellationToken ct) => list.ListMineAsync(page.ToRequest(), ct));
        exports.MapGet("/{id:guid}", (Guid id, Exports list, CancellationToken ct) => list.GetAsync(id, ct));
    }
}
