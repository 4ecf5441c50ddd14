using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.Registry.Application.Enterprises;
using Cqo.Registry.Application.People;
using Cqo.Registry.Application.RuleSets;
using Cqo.Registry.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Registry.Endpoints;

/// <summary><c>/api/registry</c>: enterprises, people and rule sets, each scoped to the caller (404 outside it).</summary>
internal static class RegistryEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/registry").WithTags("Registry")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        MapEnterprises(api.MapGroup("/enterprises"));
        MapPeople(api.MapGroup("/people"));
        MapRuleSets(api.MapGroup("/rule-sets"));
        FilingEndpoints.Map(api.MapGroup("/filings"));
        ImportEndpoints.Map(api.MapGroup("/imports"));
    }

    private static void MapEnterprises(RouteGroupBuilder enterprises)
    {
        enterprises.MapGet("", (
                string? search, string? districtCode, string? regulatorUnitCode, string? industryDivisionCode, string? scale, string? status,
                bool? aboveDesignatedSize, bool? specialised, bool? hasAward, DateOnly? registeredFrom, DateOnly? registeredTo,
                [AsParameters] PageQuery page, EnterpriseQueries queries, CancellationToken ct) =>
                queries.ListAsync(
                    new EnterpriseFilter(
                        search, districtCode, regulatorUnitCode, industryDivisionCode, EnumNames.ParseQuery<EnterpriseScale>(scale, nameof(scale)),
                        EnumNames.ParseQuery<EnterpriseStatus>(status, nameof(status)), aboveDesignatedSize, specialised, hasAward, registeredFrom, registeredTo),
                    page.ToRequest(), ct))
            .RequirePermission(RegistryPermissions.Enterprises);
        enterprises.MapGet("/{id:guid}", (Guid id, EnterpriseQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .RequirePermission(RegistryPermissions.Enterprises);

        var manage = enterprises.MapGroup("").RequirePermission(RegistryPermissions.EnterprisesManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        manage.MapPost("", async Task<Created<EnterpriseDto>> (RegisterEnterpriseRequest request, RegisterEnterpriseHandler handler, CancellationToken ct) =>
            {
                var enterprise = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/registry/enterprises/{enterprise.Id}", enterprise);
            })
            .Validate<RegisterEnterpriseRequest>();
        manage.MapPut("/{id:guid}", (Guid id, UpdateEnterpriseRequest request, UpdateEnterpriseHandler handler, CancellationToken ct) =>
                handler.HandleAsync(id, request, ct))
            .Validate<UpdateEnterpriseRequest>();
        manage.MapPost("/{id:guid}/deregister", (Guid id, DeregisterEnterpriseRequest request, DeregisterEnterpriseHandler handler, CancellationToken ct) =>
                handler.HandleAsync(id, request.ConcurrencyStamp, request.Comment, ct))
            .Validate<DeregisterEnterpriseRequest>();
    }

    private static void MapPeople(RouteGroupBuilder people)
    {
        people.MapGet("", (
                Guid? enterpriseId, string? search, string? education, string? title,
                [AsParameters] PageQuery page, PersonQueries queries, CancellationToken ct) =>
                queries.ListAsync(
                    new PersonFilter(
                        enterpriseId, search, Education: EnumNames.ParseQuery<Education>(education, nameof(education)),
                        Title: EnumNames.ParseQuery<TitleLevel>(title, nameof(title))),
                    page.ToRequest(), ct))
            .RequirePermission(RegistryPermissions.People);
        // An ID number never travels in a URL (proxy and access logs keep URLs): the search is a POST.
        people.MapPost("/search-by-id-number", (FindByIdNumberRequest request, [AsParameters] PageQuery page, PersonQueries queries, CancellationToken ct) =>
                queries.ListAsync(new PersonFilter(request.EnterpriseId, IdType: request.IdType, IdNumber: request.IdNumber), page.ToRequest(), ct))
            .RequirePermission(RegistryPermissions.People)
            .Validate<FindByIdNumberRequest>();
        people.MapGet("/{id:guid}", (Guid id, PersonQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .RequirePermission(RegistryPermissions.People);
        people.MapPost("/{id:guid}/reveal-id-number", (Guid id, RevealIdNumberRequest request, RevealIdNumberHandler handler, CancellationToken ct) =>
                handler.HandleAsync(id, request, ct))
            .RequirePermission(RegistryPermissions.PeopleRevealIdNumber)
            .Validate<RevealIdNumberRequest>();

        var manage = people.MapGroup("").RequirePermission(RegistryPermissions.PeopleManage)
            .ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapPost("", async Task<Created<PersonDto>> (CreatePersonRequest request, SavePersonHandler handler, CancellationToken ct) =>
            {
                var person = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/registry/people/{person.Id}", person);
            })
            .Validate<CreatePersonRequest>();
        manage.MapPut("/{id:guid}", (Guid id, UpdatePersonRequest request, SavePersonHandler handler, CancellationToken ct) =>
                handler.UpdateAsync(id, request, ct))
            .Validate<UpdatePersonRequest>();
    }

    private static void MapRuleSets(RouteGroupBuilder ruleSets)
    {
        ruleSets.MapGet("", (RuleSetsHandler handler, CancellationToken ct) => handler.ListAsync(ct))
            .RequirePermission(RegistryPermissions.Filings);
        ruleSets.MapGet("/{code}", (string code, RuleSetsHandler handler, CancellationToken ct) => handler.GetAsync(code, ct))
            .RequirePermission(RegistryPermissions.Filings);
        ruleSets.MapPut("/{code}", (string code, SaveRuleSetRequest request, RuleSetsHandler handler, CancellationToken ct) =>
                handler.SaveAsync(code, request, ct))
            .RequirePermission(RegistryPermissions.RuleSetsManage)
            .Validate<SaveRuleSetRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
