using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Jobs;
using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Jobs;
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
        MapFigures(api.MapGroup("/figures"));
        api.MapPost("/facts/rebuild", (IRecurringJobScheduler jobs) =>
            {
                jobs.Trigger(RebuildFactsJob.Id);
                return TypedResults.Accepted((string?)null);
            })
            .RequirePermission(OversightPermissions.ManageTargets);
    }

    private static void MapFigures(RouteGroupBuilder figures)
    {
        figures.MapGet("", (FigureTables tables) => tables.Definitions())
            .RequirePermission(OversightPermissions.Statistics);
        figures.MapGet("/{key}", (string key, [AsParameters] FigureParameters parameters, FigureTables tables, CancellationToken ct) =>
                tables.GetAsync(key, parameters, ct))
            .RequirePermission(OversightPermissions.Statistics)
            .ProducesValidationProblem();
        figures.MapGet("/{key}/records", (string key, [AsParameters] FigureParameters parameters, string? at, string? code, string? search,
                [AsParameters] PageQuery page, FigureRecords records, CancellationToken ct) =>
                records.GetAsync(key, parameters, at, code, search, page.ToRequest(), ct))
            .RequirePermission(OversightPermissions.Records)
            .ProducesValidationProblem();
    }
}
