using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.Reference.Application.CreateRegulatorUnit;
using Cqo.Reference.Application.CreateSyllabusVersion;
using Cqo.Reference.Application.DeleteRegulatorUnit;
using Cqo.Reference.Application.ListRegulatorUnits;
using Cqo.Reference.Application.ReadDictionaries;
using Cqo.Reference.Application.UpdateRegulatorUnit;
using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Reference.Endpoints;

/// <summary>
/// <c>/api/reference</c>: dictionaries anyone may read (rate-limited) and regulator units that the
/// holders of <see cref="ReferencePermissions.Manage"/> maintain.
/// </summary>
internal static class ReferenceEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/reference").WithTags("Reference");

        var read = api.MapGroup("").AllowAnonymous().RequireRateLimiting(RateLimitingOptions.PublicPolicy);
        read.MapGet("/districts", async (ReferenceDataQueries queries, CancellationToken ct) =>
            All(await queries.ListDistrictsAsync(ct)));
        read.MapGet("/industries/sections", async (ReferenceDataQueries queries, CancellationToken ct) =>
            All(await queries.ListIndustrySectionsAsync(ct)));
        read.MapGet("/industries/divisions", (string? section, string? search, [AsParameters] PageQuery page, ReferenceDataQueries queries, CancellationToken ct) =>
            queries.ListIndustryDivisionsAsync(section, search, page.ToRequest(), ct));
        read.MapGet("/syllabus-versions", async (ReferenceDataQueries queries, CancellationToken ct) =>
            All(await queries.ListSyllabusVersionsAsync(ct)));
        read.MapGet("/syllabus-versions/{code}", (string code, ReferenceDataQueries queries, CancellationToken ct) =>
            queries.GetSyllabusAsync(code, ct));
        read.MapGet("/regulator-units", (string? search, string? kind, string? districtCode, [AsParameters] PageQuery page, ListRegulatorUnitsHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new ListRegulatorUnitsQuery(search, EnumNames.ParseQuery<RegulatorUnitKind>(kind, nameof(kind)), districtCode), page.ToRequest(), ct));
        read.MapGet("/regulator-units/{id:guid}", async (Guid id, ReferenceDataQueries queries, CancellationToken ct) =>
            await queries.FindRegulatorUnitAsync(id, ct) ?? throw new NotFoundException("RegulatorUnit", id));

        api.MapPost("/syllabus-versions", async Task<Created<SyllabusVersionDto>> (CreateSyllabusVersionRequest request, CreateSyllabusVersionHandler handler, CancellationToken ct) =>
            {
                var version = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/reference/syllabus-versions/{version.Code}", version);
            })
            .RequirePermission(ReferencePermissions.Manage)
            .Validate<CreateSyllabusVersionRequest>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var manage = api.MapGroup("/regulator-units").RequirePermission(ReferencePermissions.Manage)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        manage.MapPost("", async Task<Created<RegulatorUnitDto>> (CreateRegulatorUnitRequest request, CreateRegulatorUnitHandler handler, CancellationToken ct) =>
            {
                var unit = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/reference/regulator-units/{unit.Id}", unit);
            })
            .Validate<CreateRegulatorUnitRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapPut("/{id:guid}", (Guid id, UpdateRegulatorUnitRequest request, UpdateRegulatorUnitHandler handler, CancellationToken ct) =>
                handler.HandleAsync(id, request, ct))
            .Validate<UpdateRegulatorUnitRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, [FromQuery] Guid concurrencyStamp, DeleteRegulatorUnitHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, concurrencyStamp, ct);
            return TypedResults.NoContent();
        })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static PagedResult<T> All<T>(IReadOnlyList<T> items) => new(items, items.Count);
}
