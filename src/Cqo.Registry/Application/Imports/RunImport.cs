using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Cqo.Platform.Files;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security;
using Cqo.Registry.Application.Imports.Reading;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// Runs a queued batch: validates every row first (progress and errors saved every thousand rows),
/// then, if the mode allows, inserts the good rows in one transaction, a thousand at a time, so a
/// failure anywhere stores nothing. The batch's state is written through its own connection
/// (<see cref="ImportProgressWriter"/>), except the final "completed", which commits with the rows.
/// </summary>
internal sealed class RunImportHandler(
    RegistryDbContext db,
    IServiceProvider services,
    IServiceScopeFactory scopes,
    IFileStore files,
    CircuitPrincipal principal,
    TimeProvider clock,
    IOptions<ImportOptions> options,
    ILogger<RunImportHandler> logger)
{
    private const int ChunkSize = 1000;

    public async Task RunAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var progress = await ImportProgressWriter.OpenAsync(scopes, batchId, cancellationToken);
        if (progress is null || progress.Batch.IsFinished)
        {
            return; // removed, or a second delivery of a batch already done
        }

        // The rows are created as the uploader: their name in the audit trail, their scope on every query.
        principal.Principal = ImportPrincipal.Of(progress.Batch);
        try
        {
            await progress.ClearErrorsAsync(cancellationToken);
            await RunPhasesAsync(progress, cancellationToken);
        }
        catch (ImportFileException e)
        {
            progress.Batch.Reject(e.MessageKey, e.Args.Count == 0 ? null : JsonSerializer.Serialize(e.Args), clock.GetUtcNow());
            await progress.SaveAsync(CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // the host is stopping: the job server runs the batch again, from the first row
        }
        catch (Exception e)
        {
            logger.LogError(e, "Import batch {BatchId} failed", batchId);
            await progress.ReloadAsync(CancellationToken.None);
            if (!progress.Batch.IsFinished)
            {
                var key = e is DbUpdateException update && update.IsUniqueViolation() ? "Registry:Import.ChangedMeanwhile" : "Registry:Import.Unexpected";
                progress.Batch.Fail(key, clock.GetUtcNow());
                await progress.SaveAsync(CancellationToken.None);
            }
        }

        // The file may hold ID numbers in clear: it goes as soon as the batch is done.
        if (progress.Batch is { IsFinished: true, FileKey: { } fileKey })
        {
            await files.DeleteAsync(fileKey, CancellationToken.None);
            progress.Batch.FileRemoved();
            await progress.SaveAsync(CancellationToken.None);
        }
    }

    private async Task RunPhasesAsync(ImportProgressWriter progress, CancellationToken cancellationToken)
    {
        var batch = progress.Batch;
        IRowImporter importer = batch.Kind == ImportKind.People
            ? services.GetRequiredService<PersonRowImporter>()
            : services.GetRequiredService<EnterpriseRowImporter>();
        await importer.PrepareAsync(batch, cancellationToken);

        var content = await files.OpenReadAsync(batch.FileKey ?? "", cancellationToken) ?? throw new ImportFileException("Registry:Import.FileGone");
        using IRowSource source = batch.Format == ImportFormat.Xlsx ? new XlsxRowSource(content) : new CsvRowSource(content);
        batch.StartValidating(source.EstimateDataRows(), clock.GetUtcNow());
        await progress.SaveAsync(cancellationToken);

        var watch = Stopwatch.StartNew();
        var errors = new ImportErrorLog(batch.Id, options.Value.MaxImportErrors);
        var rows = await ValidateAsync(source, importer, errors, progress, cancellationToken);
        var validated = watch.Elapsed;
        batch.AllValidated(Math.Max(rows, 0), errors.ErrorRows);
        if (rows < 0)
        {
            batch.Reject("Registry:Import.HeaderInvalid", null, clock.GetUtcNow());
        }
        else if (rows == 0)
        {
            batch.Reject("Registry:Import.NoRows", null, clock.GetUtcNow());
        }
        else if (errors.ErrorRows > 0 && batch.Mode == ImportMode.AllOrNothing)
        {
            batch.Reject("Registry:Import.RowsInvalid", JsonSerializer.Serialize(new[] { errors.ErrorRows.ToString(CultureInfo.InvariantCulture) }), clock.GetUtcNow());
        }
        else
        {
            batch.StartImporting();
            await progress.SaveAsync(cancellationToken);
            await InsertAsync(importer.Accepted, progress, cancellationToken);
        }

        if (batch.Status != ImportStatus.Completed)
        {
            await progress.SaveAsync(cancellationToken);
        }

        logger.LogInformation(
            "Import batch {BatchId}: {Rows} rows validated in {ValidateMs} ms, {Imported} inserted in {InsertMs} ms, {ErrorRows} rows with errors",
            batch.Id, rows, (long)validated.TotalMilliseconds, progress.Batch.ImportedRows, (long)(watch.Elapsed - validated).TotalMilliseconds, errors.ErrorRows);
    }

    /// <summary>
    /// The number of data rows, or -1 when the header is wrong (nothing else is read then). The file
    /// is parsed on another thread a few chunks ahead, so reading overlaps checking.
    /// </summary>
    private async Task<int> ValidateAsync(IRowSource source, IRowImporter importer, ImportErrorLog errors, ImportProgressWriter progress, CancellationToken cancellationToken)
    {
        using var sheet = ImportSheet.Open(source, importer.Columns, errors);
        if (!sheet.HeaderValid)
        {
            await progress.SaveAsync(errors.TakePending(), cancellationToken);
            return -1;
        }

        var chunks = Channel.CreateBounded<List<ImportRow>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(sheet, chunks.Writer, stopReading.Token), stopReading.Token);
        var rows = 0;
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                rows += chunk.Count;
                await importer.CheckAsync(chunk, errors, cancellationToken);
                progress.Batch.Validated(rows, errors.ErrorRows);
                await progress.SaveAsync(errors.TakePending(), cancellationToken);
            }
        }
        finally
        {
            stopReading.Cancel();
            await reading.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await reading; // a file that turned out unreadable half-way
        return rows;
    }

    private async Task ReadAsync(ImportSheet sheet, ChannelWriter<List<ImportRow>> chunks, CancellationToken cancellationToken)
    {
        try
        {
            var rows = 0;
            var chunk = new List<ImportRow>(ChunkSize);
            foreach (var row in sheet.DataRows())
            {
                if (++rows > options.Value.MaxImportRows)
                {
                    throw new ImportFileException("Registry:Import.TooManyRows", options.Value.MaxImportRows.ToString(CultureInfo.InvariantCulture));
                }

                chunk.Add(row);
                if (chunk.Count == ChunkSize)
                {
                    await chunks.WriteAsync(chunk, cancellationToken);
                    chunk = new List<ImportRow>(ChunkSize);
                }
            }

            if (chunk.Count > 0)
            {
                await chunks.WriteAsync(chunk, cancellationToken);
            }
        }
        finally
        {
            chunks.TryComplete();
        }
    }

    /// <summary>
    /// One transaction, a thousand rows per save with the tracker cleared between, and the batch marked
    /// completed in the same transaction: the rows and "completed" commit together or not at all.
    /// </summary>
    private async Task InsertAsync(IReadOnlyList<object> accepted, ImportProgressWriter progress, CancellationToken cancellationToken)
    {
        // SQLite lets one connection write at a time: progress then goes to the in-memory board only.
        var progressInDatabase = !db.Database.IsSqlite();
        var imported = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var chunk in accepted.Chunk(ChunkSize))
            {
                db.AddRange(chunk);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                imported += chunk.Length;
                progress.Batch.Imported(imported);
                if (progressInDatabase)
                {
                    await progress.SaveAsync(cancellationToken);
                }
                else
                {
                    progress.Report();
                }
            }

            var batch = await db.ImportBatches.IgnoreQueryFilters().SingleAsync(b => b.Id == progress.Batch.Id, cancellationToken);
            batch.Complete(imported, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await progress.ReloadAsync(cancellationToken);
    }
}
