using System.Globalization;
using Cqo.Oversight.Application.Annual;
using Cqo.Oversight.Application.AuditTrail;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Application.Figures.Exporting;
using Cqo.Oversight.Contracts;
using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Oversight.Endpoints;

/// <summary>
/// Files: an export answered at once (or queued when large), a background export's file and the annual summary's document. Mapped
/// under <c>/api/oversight</c> (bearer tokens; a queued export answers 202 with its address) and, by the
/// host, under <c>/oversight</c> for the signed-in pages (the sign-in cookie; a queued export sends the
/// browser to the list of exports).
/// </summary>
internal static class OversightDownloads
{
    public static string AuditTrailExportPath(string prefix) => $"{prefix}/audit-trail/export";

    public static string ExportFilePath(string prefix, Guid id) => $"{prefix}/exports/{id}/file";

    public static string AnnualDocumentPath(string prefix, int year) => $"{prefix}/annual/{year}/document";

    public static void Map(IEndpointRouteBuilder group, Func<ExportDto, IResult> queued)
    {
        group.MapGet("/audit-trail/export", (
                [AsParameters] AuditTrailSearch search, [FromQuery] string? format, [FromQuery] string? sort, HttpContext context, Exports exports, CancellationToken ct) =>
                DownloadAsync(AuditTrailExport.KindName, AuditTrailExport.ParametersOf(search.ToFilter(), sort), format, context, exports, queued, ct))
            .RequirePermission(OversightPermissions.AuditTrail)
            .Produces(StatusCodes.Status200OK, responseType: null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv")
            .Produces<ExportDto>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/figures/{key}/export", (string key, [AsParameters] FigureParameters parameters, [FromQuery] string? format,
                HttpContext context, Exports exports, CancellationToken ct) =>
                DownloadAsync(FigureTableExport.KindName, new FigureExportParameters(key, parameters).ToJson(), format, context, exports, queued, ct))
            .RequirePermission(OversightPermissions.Statistics)
            .Produces(StatusCodes.Status200OK, responseType: null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv")
            .Produces<ExportDto>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();
        group.MapGet("/figures/{key}/records/export", (string key, [AsParameters] FigureParameters parameters, [FromQuery] string? format,
                string? at, string? code, string? search, string? sort, HttpContext context, Exports exports, CancellationToken ct) =>
                DownloadAsync(FigureRecordsExport.KindName, new FigureExportParameters(key, parameters, at, code, search, sort).ToJson(), format, context, exports, queued, ct))
            .RequirePermission(OversightPermissions.Records)
            .Produces(StatusCodes.Status200OK, responseType: null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv")
            .Produces<ExportDto>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/annual/{year:int}/document", async (int year, AnnualSummaries summaries, CancellationToken ct) =>
                TypedResults.File(
                    AnnualDocument.Write(await summaries.GetAsync(year, ct), CultureInfo.CurrentUICulture),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    $"cqo-annual-summary-{year}.docx"))
            .RequirePermission(OversightPermissions.Statistics)
            .Produces(StatusCodes.Status200OK, responseType: null, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .ProducesValidationProblem();
        group.MapGet("/exports/{id:guid}/file", async (Guid id, Exports exports, CancellationToken ct) =>
            {
                var file = await exports.OpenFileAsync(id, ct);
                return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
            })
            .Produces(StatusCodes.Status200OK, responseType: null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
    }

    /// <summary>An export answered with the file at once, or queued (its address) when large; bad parameters are a 400 before anything is written.</summary>
    private static async Task<IResult> DownloadAsync(
        string kind, string parameters, string? format, HttpContext context, Exports exports, Func<ExportDto, IResult> queued, CancellationToken ct)
    {
        var fileFormat = EnumNames.ParseQuery<ExportFormat>(format, "format")
            ?? throw new FieldValidationException("format", new ErrorMessage("Error:FieldRequired", "format"));
        var start = await exports.StartAsync(kind, parameters, fileFormat, ct);
        if (start is ExportStart.Queued later)
        {
            return queued(later.Export);
        }

        var now = (ExportStart.Now)start;
        context.Response.ContentType = ExportFileWriter.ContentType(now.Format);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{now.FileName}\"";
        await exports.WriteNowAsync(now, context.Response.Body, ct);
        return Results.Empty;
    }
}
