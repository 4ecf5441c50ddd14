using Cqo.Platform.Security;
using Cqo.Registry.Application.Imports;
using Cqo.Registry.Contracts;
using Cqo.Registry.Endpoints;

namespace Cqo.Host.Components.Registry;

/// <summary>
/// The import page's downloads for a signed-in browser (<c>/api</c> takes bearer tokens only): the
/// templates and a batch's errors as CSV, with the same permission and scope as the API.
/// </summary>
internal static class ImportDownloads
{
    public const string Path = "/registry/imports";

    public static string TemplateLink(ImportKind kind, ImportFormat format) =>
        $"{Path}/templates/{kind}?format={format.ToString().ToLowerInvariant()}";

    public static string ErrorsLink(Guid batchId) => $"{Path}/{batchId}/errors.csv";

    public static void MapImportDownloads(this IEndpointRouteBuilder endpoints)
    {
        var downloads = endpoints.MapGroup(Path).RequirePermission(RegistryPermissions.Imports).ExcludeFromDescription();
        downloads.MapGet("/templates/{kind}", (string kind, string? format) =>
        {
            var template = ImportTemplates.Write(ImportEndpoints.ParseKind(kind), ImportEndpoints.ParseFormat(format));
            return TypedResults.File(template.Content, template.ContentType, template.FileName);
        });
        downloads.MapGet("/{id:guid}/errors.csv", async (Guid id, ImportQueries queries, CancellationToken ct) =>
        {
            var (content, fileName) = await queries.ErrorsCsvAsync(id, ct);
            return TypedResults.File(content, "text/csv; charset=utf-8", fileName);
        });
    }
}
