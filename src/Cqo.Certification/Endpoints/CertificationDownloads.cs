using Cqo.Certification.Application.Credentials;
using Cqo.Certification.Application.Credits;
using Cqo.Certification.Application.Documents;
using Cqo.Certification.Application.Queries;
using Cqo.Certification.Contracts;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Certification.Endpoints;

/// <summary>
/// Files, as the caller's scope shows them: a certificate's PDF and signed credential, a course's
/// certificates as one zip, a search as CSV, the evidence document of logged hours. Mapped under
/// <c>/api/certification</c> (bearer tokens) and, by the host, under <c>/certification</c> for the
/// signed-in pages (the sign-in cookie).
/// </summary>
internal static class CertificationDownloads
{
    public static string PdfPath(string prefix, Guid id) => $"{prefix}/certificates/{id}/pdf";

    public static string CredentialPath(string prefix, Guid id) => $"{prefix}/certificates/{id}/credential";

    public static string CsvPath(string prefix) => $"{prefix}/certificates.csv";

    public static string EvidencePath(string prefix, Guid creditId) => $"{prefix}/credits/{creditId}/evidence";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/certificates/{id:guid}/pdf", async (Guid id, HttpContext context, CertificateDocuments documents, CancellationToken ct) =>
            {
                var (pdf, number) = await documents.PdfAsync(id, PublicBaseUrl.Of(context), ct);
                return TypedResults.File(pdf, "application/pdf", $"{number}.pdf");
            })
            .RequirePermission(CertificationPermissions.Certificates)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        group.MapGet("/certificates/{id:guid}/credential", async (Guid id, HttpContext context, CertificateCredentials credentials, CancellationToken ct) =>
            {
                var (jwt, number) = await credentials.ForCertificateAsync(id, PublicBaseUrl.Of(context), ct);
                return TypedResults.File(System.Text.Encoding.ASCII.GetBytes(jwt), CredentialEndpoints.JwtContentType, $"{number}.jwt");
            })
            .RequirePermission(CertificationPermissions.Certificates)
            .Produces<string>(StatusCodes.Status200OK, CredentialEndpoints.JwtContentType);
        group.MapGet("/certificates.csv", async ([AsParameters] CertificateSearch search, HttpContext context, CertificateCsv csv, CancellationToken ct) =>
            {
                var filter = search.ToFilter(); // a bad filter is a 400 before anything is written
                context.Response.ContentType = "text/csv; charset=utf-8";
                context.Response.Headers.ContentDisposition = "attachment; filename=\"certificates.csv\"";
                await csv.WriteAsync(filter, context.Response.Body, ct);
            })
            .RequirePermission(CertificationPermissions.Certificates)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        // A course's certificates in one zip (404 when the caller sees none of them).
        group.MapGet("/courses/{courseId:guid}/certificates.zip", async (Guid courseId, HttpContext context, CertificateDocuments documents, CancellationToken ct) =>
            {
                var written = await documents.CourseZipAsync(courseId, PublicBaseUrl.Of(context), () =>
                {
                    context.Response.ContentType = "application/zip";
                    context.Response.Headers.ContentDisposition = $"attachment; filename=\"certificates-{courseId:N}.zip\"";
                    return context.Response.Body;
                }, ct);
                return written ? Results.Empty : throw new NotFoundException("Course", courseId);
            })
            .RequirePermission(CertificationPermissions.Certificates)
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
        // The evidence document of logged hours the caller sees (404 when there is none).
        group.MapGet("/credits/{id:guid}/evidence", async (Guid id, CreditEvidence evidence, CancellationToken ct) =>
            {
                var file = await evidence.DownloadAsync(id, ct);
                return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
            })
            .RequirePermission(CertificationPermissions.Credits)
            .Produces(StatusCodes.Status200OK, responseType: null, "application/pdf", "image/jpeg", "image/png");
    }
}
