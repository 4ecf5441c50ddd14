using Cqo.Oversight.Application.Annual;
using Cqo.Oversight.Application.AuditTrail;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Application.Snapshots;
using Cqo.Oversight.Application.Targets;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Jobs;
using Cqo.Platform.Auditing;
using Cqo.Platform.Auditing.Chain;
using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Jobs;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
        MapFigures(api.MapGroup("/figures"));
        MapTargets(api.MapGroup("/targets"));
        MapSnapshots(api.MapGroup("/snapshots"));
        MapAnnual(api.MapGroup("/annual"));
        MapAuditTrail(api.MapGroup("/audit-trail"));
        MapExports(api.MapGroup("/exports"));
        OversightDownloads.Map(api, queued => TypedResults.Accepted($"{Prefix}/exports/{queued.Id}", queued));
        api.MapPost("/facts/rebuild", (IRecurringJobScheduler jobs) =>
            {
                jobs.Trigger(RebuildFactsJob.Id);
                return TypedResults.Accepted((string?)null);
            })
            .RequirePermission(OversightPermissions.ManageTargets);
    }

    private static void MapAnnual(RouteGroupBuilder annual)
    {
        annual.MapGet("/{year:int}", (int year, AnnualSummaries summaries, CancellationToken ct) => summaries.GetAsync(year, ct))
            .RequirePermission(OversightPermissions.Statistics)
            .ProducesValidationProblem();
    }

    private static void MapSnapshots(RouteGroupBuilder snapshots)
    {
        snapshots.MapGet("", (string? granularity, [AsParameters] PageQuery page, Snapshots list, CancellationToken ct) =>
                list.ListAsync(granularity, page.ToRequest(), ct))
            .RequirePermission(OversightPermissions.Statistics);
        snapshots.MapGet("/{id:guid}/compare", (Guid id, string figure, string? by, Snapshots list, CancellationToken ct) =>
                list.CompareAsync(id, figure, by, ct))
            .RequirePermission(OversightPermissions.Statistics)
            .ProducesValidationProblem();
        snapshots.MapGet("/verification", (SnapshotChain chain, CancellationToken ct) => chain.VerifyAsync(ct))
            .RequirePermission(OversightPermissions.Statistics);
        snapshots.MapPost("", async Task<Results<Created<SnapshotDto>, Conflict>> (FreezeRequest request, FreezeSnapshot freeze, ICurrentUser user, CancellationToken ct) =>
            {
                if (!user.Scope.SeesAll)
                {
                    throw new BusinessRuleException("oversight.city_wide_only", new ErrorMessage("Oversight:CityWideOnly"));
                }

                var snapshot = await freeze.FreezeAsync(request.Granularity, request.Period, ct);
                return snapshot is null
                    ? TypedResults.Conflict()
                    : TypedResults.Created($"/api/oversight/snapshots/{snapshot.Id}",
                        new SnapshotDto(snapshot.Id, snapshot.Granularity, snapshot.PeriodKey, snapshot.From, snapshot.To, snapshot.TakenAt, snapshot.Sequence, snapshot.Hash));
            })
            .RequirePermission(OversightPermissions.ManageTargets)
            .Validate<FreezeRequest>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapTargets(RouteGroupBuilder targets)
    {
        targets.MapGet("", (Targets list, CancellationToken ct) => list.ListAsync(ct))
            .RequirePermission(OversightPermissions.Statistics);
        targets.MapGet("/{id:guid}", (Guid id, Targets list, CancellationToken ct) => list.GetAsync(id, ct))
            .RequirePermission(OversightPermissions.Statistics);
        targets.MapGet("/{id:guid}/shortfall", (Guid id, [AsParameters] PageQuery page, Targets list, CancellationToken ct) =>
                list.ShortfallAsync(id, page.ToRequest(), ct))
            .RequirePermission(OversightPermissions.Records)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var manage = targets.MapGroup("").RequirePermission(OversightPermissions.ManageTargets)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapPost("", async Task<Created<TargetDto>> (SaveTargetRequest request, Targets list, CancellationToken ct) =>
            {
                var target = await list.CreateAsync(request, ct);
                return TypedResults.Created($"/api/oversight/targets/{target.Id}", target);
            })
            .Validate<SaveTargetRequest>();
        manage.MapPut("/{id:guid}", (Guid id, SaveTargetRequest request, Targets list, CancellationToken ct) => list.UpdateAsync(id, request, ct))
            .Validate<SaveTargetRequest>();
        manage.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, Guid concurrencyStamp, Targets list, CancellationToken ct) =>
        {
            await list.DeleteAsync(id, concurrencyStamp, ct);
            return TypedResults.NoContent();
        });
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
