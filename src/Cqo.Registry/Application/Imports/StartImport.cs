using Cqo.Platform.Files;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.Registry.Jobs;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Jobs;
using Cqo.SharedKernel.Security;
using Microsoft.Extensions.Options;

namespace Cqo.Registry.Application.Imports;

/// <summary>An uploaded import file as received: its stream, the client's file name and its declared length.</summary>
internal sealed record ImportUpload(Stream Content, string FileName, long Length, ImportKind Kind, ImportMode Mode);

/// <summary>
/// Takes an import file: checks its size and type, stores it, records the batch with the uploader's
/// scope and queues the job that runs it. Whether the uploader may import this kind at all is
/// checked by the caller (the endpoint, the page) against the permissions.
/// </summary>
internal sealed class StartImportHandler(
    RegistryDbContext db,
    IFileStore files,
    IJobQueue jobs,
    ICurrentUser user,
    IPermissionChecker permissions,
    ImportQueries queries,
    TimeProvider clock,
    IOptions<ImportOptions> options)
{
    public async Task<ImportBatchDto> HandleAsync(ImportUpload upload, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxImportBytes;
        if (upload.Length <= 0 || upload.Length > maxBytes)
        {
            throw new FieldValidationException("file", new ErrorMessage("Registry:Import.FileSize", maxBytes / 1024 / 1024));
        }

        // A temporary file, not memory: uploads may be tens of megabytes.
        await using var buffer = new FileStream(
            Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        if (!await Uploads.CopyAtMostAsync(upload.Content, buffer, maxBytes, cancellationToken))
        {
            throw new FieldValidationException("file", new ErrorMessage("Registry:Import.FileSize", maxBytes / 1024 / 1024)); // the declared length lied
        }

        var format = ImportFileCheck.Detect(buffer, upload.FileName, maxBytes);
        var key = await files.SaveAsync(buffer, format == ImportFormat.Xlsx ? ".xlsx" : ".csv", cancellationToken);
        var now = clock.GetUtcNow();
        var creator = new ImportCreator(
            user.Scope, user.UserId, user.UserName ?? user.ClientId ?? "system", user.ClientId,
            await permissions.IsGrantedAsync(RegistryPermissions.EnterprisesOverrideUscc, cancellationToken));
        var batch = new ImportBatch(Guid.CreateVersion7(now), upload.Kind, upload.Mode, format, Uploads.SafeFileName(upload.FileName, RegistryLimits.FileNameMaxLength, "import"), key, creator, now);
        db.ImportBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        jobs.Enqueue<RunImportJob>(batch.Id);
        return queries.ToDto(batch);
    }
}
