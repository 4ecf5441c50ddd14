using System.Globalization;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Files;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cqo.Oversight.Application.Exports;

/// <summary>
/// Runs a queued export as its owner: the principal rebuilt from the export gives the queries the
/// owner's scope, and the owner must still hold the source's permission (a permission withdrawn while
/// the export waited fails it). Texts are in the owner's language. Progress is saved every few hundred
/// rows; the file goes to the file store and the export completes with its key.
/// </summary>
internal sealed class RunExport(
    OversightDbContext db,
    IServiceProvider services,
    ExportFileWriter writer,
    IFileStore files,
    CircuitPrincipal principal,
    TimeProvider clock,
    ILogger<RunExport> logger)
{
    public async Task RunAsync(Guid exportId, CancellationToken cancellationToken)
    {
        var export = await db.Exports.FirstOrDefaultAsync(e => e.Id == exportId, cancellationToken);
        if (export is null || export.IsFinished)
        {
            return; // pruned, or a second delivery of an export already done
        }

        principal.Principal = ExportPrincipal.Of(export);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(export.Culture);
        try
        {
            await RunAsync(export, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // the host is stopping: the job server runs the export again, from the first row
        }
        catch (Exception e)
        {
            logger.LogError(e, "Export {ExportId} failed", exportId);
            export.Fail("Oversight:Export.Failed", clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private async Task RunAsync(Export export, CancellationToken cancellationToken)
    {
        var source = services.GetRequiredService<ExportSources>().Find(export.Kind);
        if (source is null || !await services.GetRequiredService<IPermissionChecker>().IsGrantedAsync(source.Permission, cancellationToken))
        {
            export.Fail("Oversight:Export.NotAllowed", clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var table = await source.OpenAsync(export.Parameters, cancellationToken);
        export.Start(table.EstimatedRows, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await source.BeforeWriteAsync(new ExportWriting(export.Parameters, export.Format, export.Id, table.EstimatedRows), cancellationToken);

        var (file, rows) = await writer.WriteAsync(table, export.Format, new ExportStamp(clock.GetUtcNow(), export.OwnerName), async written =>
        {
            export.Progress(written);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        await using (file)
        {
            var key = await files.SaveAsync(file, ExportFileWriter.Extension(export.Format), cancellationToken);
            var fileName = string.Create(
                CultureInfo.InvariantCulture, $"{table.FileNameStem}-{export.CreatedAt.ToOffset(TimeSpan.FromHours(8)):yyyyMMdd-HHmmss}.{ExportFileWriter.Extension(export.Format)}");
            export.Complete(key, fileName, file.Length, rows, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Export {ExportId} ({Kind}, {Format}) completed: {Rows} rows", export.Id, export.Kind, export.Format, rows);
    }
}
