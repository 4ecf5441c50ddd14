using Cqo.Certification.Application.Credits;
using Cqo.Certification.Application.Issuing;
using Cqo.Certification.Application.LifeCycle;
using Cqo.Certification.Application.Queries;
using Cqo.Certification.Application.Renewal;
using Cqo.Certification.Application.Verification;
using Cqo.Certification.Contracts;
using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Certification.Endpoints;

/// <summary>
/// <c>/api/certification</c>: certificates within the caller's scope (404 outside it) and the
/// regulators' steps on them; <c>/api/public/certificates</c>: verification by number, for anyone.
/// </summary>
internal static class CertificationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/certification").WithTags("Certification")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        MapCertificates(api.MapGroup("/certificates"));
        MapCredits(api.MapGroup("/credits"));
        CertificationDownloads.Map(api);
        CredentialEndpoints.Map(endpoints);

        endpoints.MapGet("/api/public/certificates/{number}", (string number, DateOnly? asOf, PublicVerification verification, CancellationToken ct) =>
                verification.VerifyAsync(number, asOf, ct))
            .WithTags("Public")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingOptions.PublicPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapCertificates(RouteGroupBuilder certificates)
    {
        certificates.MapGet("", ([AsParameters] CertificateSearch search, [AsParameters] PageQuery page, CertificateQueries queries, CancellationToken ct) =>
                queries.ListAsync(search.ToFilter(), page.ToRequest(), ct))
            .RequirePermission(CertificationPermissions.Certificates);
        certificates.MapGet("/{id:guid}", (Guid id, CertificateQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .RequirePermission(CertificationPermissions.Certificates);
        certificates.MapPost("", async Task<Created<CertificateDetailDto>> (IssueCertificateRequest request, IssueByHand handler, CancellationToken ct) =>
            {
                var issued = await handler.IssueAsync(request, ct);
                return TypedResults.Created($"/api/certification/certificates/{issued.Certificate.Id}", issued);
            })
            .RequirePermission(CertificationPermissions.CertificatesIssue)
            .Validate<IssueCertificateRequest>();

        certificates.MapGet("/{id:guid}/renewal", (Guid id, RenewCertificate renewal, CancellationToken ct) => renewal.ProgressAsync(id, ct))
            .RequirePermission(CertificationPermissions.Certificates);
        certificates.MapPost("/{id:guid}/renew", (Guid id, RenewRequest request, RenewCertificate renewal, CancellationToken ct) =>
                renewal.RenewAsync(id, request.ConcurrencyStamp, ct))
            .RequirePermission(CertificationPermissions.CertificatesRenew)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        MapStep(certificates, "suspend", CertificationPermissions.CertificatesSuspend, (steps, id, request, ct) => steps.SuspendAsync(id, request, ct));
        MapStep(certificates, "reinstate", CertificationPermissions.CertificatesSuspend, (steps, id, request, ct) => steps.ReinstateAsync(id, request, ct));
        MapStep(certificates, "revoke", CertificationPermissions.CertificatesIssue, (steps, id, request, ct) => steps.RevokeAsync(id, request, ct));
        MapStep(certificates, "reissue", CertificationPermissions.CertificatesIssue, (steps, id, request, ct) => steps.ReissueAsync(id, request, ct));
    }

    private static void MapCredits(RouteGroupBuilder credits)
    {
        credits.MapGet("", (string? status, string? search, bool? mine, [AsParameters] PageQuery page, CreditLedger ledger, CancellationToken ct) =>
                ledger.ListAsync(EnumNames.ParseQuery<CreditStatus>(status, nameof(status)), search, mine == true, page.ToRequest(), ct))
            .RequirePermission(CertificationPermissions.Credits);
        credits.MapPost("", async Task<Created<CreditDto>> (LogCreditRequest request, CreditLedger ledger, CancellationToken ct) =>
            {
                var logged = await ledger.LogAsync(request, ct);
                return TypedResults.Created((string?)null, logged);
            })
            .RequirePermission(CertificationPermissions.CreditsLog)
            .Validate<LogCreditRequest>();
        credits.MapPost("/{id:guid}/review", (Guid id, ReviewCreditRequest request, CreditLedger ledger, CancellationToken ct) =>
                ledger.ReviewAsync(id, request, ct))
            .RequirePermission(CertificationPermissions.CreditsReview)
            .Validate<ReviewCreditRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        // The holder attaches a document to pending hours. Bearer tokens only on /api, so no cookie can carry a forged upload.
        credits.MapPost("/{id:guid}/evidence", (Guid id, IFormFile file, [FromForm] Guid concurrencyStamp, CreditEvidence evidence, CancellationToken ct) =>
                evidence.UploadAsync(id, new EvidenceUpload(file.OpenReadStream(), file.FileName, file.Length, concurrencyStamp), ct))
            .RequirePermission(CertificationPermissions.CreditsLog)
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapStep(
        RouteGroupBuilder certificates, string step, string permission,
        Func<CertificateSteps, Guid, CertificateStepRequest, CancellationToken, Task<CertificateDetailDto>> take) =>
        certificates.MapPost($"/{{id:guid}}/{step}", (Guid id, CertificateStepRequest request, CertificateSteps steps, CancellationToken ct) =>
                take(steps, id, request, ct))
            .RequirePermission(permission)
            .Validate<CertificateStepRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>The holder renews the certificate they last read.</summary>
internal sealed record RenewRequest(Guid ConcurrencyStamp);

/// <summary>The query string of a certificate search, shared by the list and its CSV export.</summary>
internal sealed record CertificateSearch(
    string? Status, string? Search, Guid? CourseId, Guid? EnterpriseId, string? DistrictCode, DateOnly? IssuedFrom, DateOnly? IssuedTo, bool? Mine)
{
    public CertificateFilter ToFilter() => new(
        EnumNames.ParseQuery<CertificateStatus>(Status, "status"), Search, CourseId, EnterpriseId, DistrictCode, IssuedFrom, IssuedTo, Mine == true);
}
