using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.Registry.Application.Filings;
using Cqo.Registry.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Registry.Endpoints;

/// <summary><c>/api/registry/filings</c>: drafting, the letter, and every step of the life cycle.</summary>
internal static class FilingEndpoints
{
    public static void Map(RouteGroupBuilder filings)
    {
        filings.MapGet("", (
                string? search, Guid? enterpriseId, string? districtCode, string? regulatorUnitCode, string? status, bool? awaitingReview,
                DateOnly? submittedFrom, DateOnly? submittedTo, [AsParameters] PageQuery page, FilingQueries queries, CancellationToken ct) =>
                queries.ListAsync(
                    new FilingFilter(
                        search, enterpriseId, districtCode, regulatorUnitCode, EnumNames.ParseQueryList<FilingStatus>(status, nameof(status)),
                        awaitingReview ?? false, submittedFrom, submittedTo),
                    page.ToRequest(), ct))
            .RequirePermission(RegistryPermissions.Filings);
        filings.MapGet("/{id:guid}", (Guid id, FilingReader reader, CancellationToken ct) => reader.GetAsync(id, ct))
            .RequirePermission(RegistryPermissions.Filings);
        filings.MapGet("/{id:guid}/check", (Guid id, FilingCheckHandler check, CancellationToken ct) => check.HandleAsync(id, ct))
            .RequirePermission(RegistryPermissions.Filings);
        filings.MapGet("/{id:guid}/letter", async (Guid id, DownloadLetterHandler handler, CancellationToken ct) =>
            {
                var letter = await handler.HandleAsync(id, ct);
                return TypedResults.Stream(letter.Content, letter.ContentType, letter.FileName);
            })
            .RequirePermission(RegistryPermissions.Filings);

        var manage = filings.MapGroup("").RequirePermission(RegistryPermissions.FilingsManage)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        manage.MapPost("", async Task<Created<FilingDto>> (CreateFilingRequest request, SaveFilingHandler handler, CancellationToken ct) =>
            {
                var filing = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/registry/filings/{filing.Id}", filing);
            })
            .Validate<CreateFilingRequest>();
        manage.MapPut("/{id:guid}", (Guid id, UpdateFilingRequest request, SaveFilingHandler handler, CancellationToken ct) => handler.UpdateAsync(id, request, ct))
            .Validate<UpdateFilingRequest>();
        // Bearer tokens only on /api, so no cookie can carry a forged upload.
        manage.MapPost("/{id:guid}/letter", (Guid id, IFormFile file, [FromForm] Guid concurrencyStamp, UploadLetterHandler handler, CancellationToken ct) =>
                handler.HandleAsync(id, new LetterUpload(file.OpenReadStream(), file.FileName, file.Length, concurrencyStamp), ct))
            .DisableAntiforgery();
        manage.MapPost("/{id:guid}/submit", (Guid id, FilingStepRequest request, FilingStepsHandler steps, CancellationToken ct) => steps.SubmitAsync(id, request, ct))
            .Validate<FilingStepRequest>();
        manage.MapPost("/{id:guid}/withdraw", (Guid id, FilingStepRequest request, FilingStepsHandler steps, CancellationToken ct) => steps.WithdrawAsync(id, request, ct))
            .Validate<FilingStepRequest>();
        manage.MapPost("/{id:guid}/end", (Guid id, EndFilingRequest request, FilingStepsHandler steps, CancellationToken ct) => steps.EndAsync(id, request, ct))
            .Validate<EndFilingRequest>();

        var review = filings.MapGroup("").RequirePermission(RegistryPermissions.FilingsReview)
            .ProducesProblem(StatusCodes.Status409Conflict);
        review.MapPost("/{id:guid}/review", (Guid id, ReviewFilingRequest request, FilingStepsHandler steps, CancellationToken ct) => steps.ReviewAsync(id, request, ct))
            .Validate<ReviewFilingRequest>();
        review.MapPost("/{id:guid}/revoke", (Guid id, RevokeFilingRequest request, FilingStepsHandler steps, CancellationToken ct) => steps.RevokeAsync(id, request, ct))
            .Validate<RevokeFilingRequest>();
        review.MapPost("/{id:guid}/objections/{objectionId:guid}", (Guid id, Guid objectionId, HandleObjectionRequest request, ObjectionsHandler objections, CancellationToken ct) =>
                objections.HandleAsync(id, objectionId, request, ct))
            .Validate<HandleObjectionRequest>();
    }
}
