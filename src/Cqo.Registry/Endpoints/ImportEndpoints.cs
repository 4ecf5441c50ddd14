using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.Registry.Application.Imports;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cqo.Registry.Endpoints;

/// <summary>
/// <c>/api/registry/imports</c>: upload a file of enterprises or people (it is imported in the
/// background), follow its progress, read its errors, download the templates.
/// </summary>
internal static class ImportEndpoints
{
    /// <summary>Room for the multipart framing around the largest file taken.</summary>
    private const long FormOverhead = 1024 * 1024;

    public static void Map(RouteGroupBuilder imports)
    {
        imports.RequirePermission(RegistryPermissions.Imports);
        var maxBytes = ((IEndpointRouteBuilder)imports).ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value.MaxImportBytes;

        // Bearer tokens only on /api, so no cookie can carry a forged upload.
        imports.MapPost("", UploadAsync)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + FormOverhead))
            .WithFormOptions(multipartBodyLengthLimit: maxBytes + FormOverhead)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        imports.MapGet("", (string? kind, string? status, [AsParameters] PageQuery page, ImportQueries queries, CancellationToken ct) =>
            queries.ListAsync(
                new ImportFilter(EnumNames.ParseQuery<ImportKind>(kind, nameof(kind)), EnumNames.ParseQuery<ImportStatus>(status, nameof(status))),
                page.ToRequest(), ct));
        imports.MapGet("/{id:guid}", (Guid id, ImportQueries queries, CancellationToken ct) => queries.GetAsync(id, ct));
        imports.MapGet("/{id:guid}/errors", (Guid id, [AsParameters] PageQuery page, ImportQueries queries, CancellationToken ct) =>
            queries.ErrorsAsync(id, page.ToRequest(), ct));
        imports.MapGet("/{id:guid}/errors.csv", async (Guid id, ImportQueries queries, CancellationToken ct) =>
            {
                var (content, fileName) = await queries.ErrorsCsvAsync(id, ct);
                return TypedResults.File(content, "text/csv; charset=utf-8", fileName);
            });
        imports.MapGet("/templates/{kind}", (string kind, string? format) =>
            {
                var template = ImportTemplates.Write(ParseKind(kind), ParseFormat(format));
                return TypedResults.File(template.Content, template.ContentType, template.FileName);
            });
    }

    private static async Task<Results<Accepted<ImportBatchDto>, ForbidHttpResult>> UploadAsync(
        IFormFile? file, [FromForm] string? kind, [FromForm] string? mode, StartImportHandler handler, IPermissionChecker permissions, CancellationToken ct)
    {
        var importKind = EnumNames.ParseQuery<ImportKind>(kind, nameof(kind))
            ?? throw new FieldValidationException(nameof(kind), new ErrorMessage("Error:FieldRequired", nameof(kind)));
        if (!await permissions.IsGrantedAsync(ManagePermissionOf(importKind), ct))
        {
            return TypedResults.Forbid();
        }

        if (file is null)
        {
            throw new FieldValidationException(nameof(file), new ErrorMessage("Error:FieldRequired", nameof(file)));
        }

        var importMode = EnumNames.ParseQuery<ImportMode>(mode, nameof(mode)) ?? ImportMode.AllOrNothing;
        await using var content = file.OpenReadStream();
        var batch = await handler.HandleAsync(new ImportUpload(content, file.FileName, file.Length, importKind, importMode), ct);
        return TypedResults.Accepted($"/api/registry/imports/{batch.Id}", batch);
    }

    /// <summary>Importing enterprises takes the right to register them; people, the right to record them.</summary>
    public static string ManagePermissionOf(ImportKind kind) =>
        kind == ImportKind.People ? RegistryPermissions.PeopleManage : RegistryPermissions.EnterprisesManage;

    public static ImportKind ParseKind(string kind) => EnumNames.ParseQuery<ImportKind>(kind, nameof(kind))
        ?? throw new FieldValidationException(nameof(kind), new ErrorMessage("Error:FieldRequired", nameof(kind)));

    public static ImportFormat ParseFormat(string? format) => EnumNames.ParseQuery<ImportFormat>(format, nameof(format)) ?? ImportFormat.Xlsx;
}
