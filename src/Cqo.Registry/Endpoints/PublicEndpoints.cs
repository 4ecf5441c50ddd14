using Cqo.Platform.Http;
using Cqo.Registry.Application.Announcements;
using Cqo.Registry.Application.Filings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Registry.Endpoints;

/// <summary><c>/api/public/announcements</c>: the appointments in their announcement window, and objections to them. No sign-in, rate-limited.</summary>
internal static class PublicEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var announcements = endpoints.MapGroup("/api/public/announcements").WithTags("Public")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingOptions.PublicPolicy);
        announcements.MapGet("", (string? districtCode, string? search, [AsParameters] PageQuery page, AnnouncementQueries queries, CancellationToken ct) =>
            queries.ListAsync(districtCode, search, page.ToRequest(), ct));
        announcements.MapPost("/{filingId:guid}/objections", async Task<Created<ObjectionReceipt>> (Guid filingId, LodgeObjectionRequest request, ObjectionsHandler objections, CancellationToken ct) =>
            {
                var id = await objections.LodgeAsync(filingId, request, ct);
                return TypedResults.Created((string?)null, new ObjectionReceipt(id));
            })
            .Validate<LodgeObjectionRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

/// <summary>The number of a lodged objection, to quote when following it up.</summary>
internal sealed record ObjectionReceipt(Guid ObjectionId);
