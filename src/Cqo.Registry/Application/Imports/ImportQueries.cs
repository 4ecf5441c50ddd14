using Cqo.Platform.Csv;
using Cqo.Platform.Persistence;
using System.Globalization;
using System.Text;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Registry.Application.Imports;

internal sealed record ImportFilter(ImportKind? Kind = null, ImportStatus? Status = null);

/// <summary>
/// Batches in the caller's scope (their own, their enterprise's, their jurisdiction's) with live
/// progress, and each batch's errors in the caller's language.
/// </summary>
internal sealed class ImportQueries(RegistryDbContext db, ImportProgressBoard board, IStringLocalizer texts)
{
    private static readonly SortMap<ImportBatch> s_sort = new SortMap<ImportBatch>("-createdAt", b => b.Id)
        .Add("createdAt", b => b.CreatedAt)
        .Add("fileName", b => b.FileName)
        .Add("status", b => b.Status);

    public async Task<PagedResult<ImportBatchDto>> ListAsync(ImportFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var batches = db.ImportBatches.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            batches = batches.Where(b => b.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            batches = batches.Where(b => b.Status == status);
        }

        return (await batches.ToPageAsync(s_sort, page, cancellationToken)).Map(ToDto);
    }

    public async Task<ImportBatchDto> GetAsync(Guid id, CancellationToken cancellationToken) => ToDto(await FindAsync(id, cancellationToken));

    public async Task<PagedResult<ImportRowErrorDto>> ErrorsAsync(Guid id, PageRequest page, CancellationToken cancellationToken)
    {
        var batch = await FindAsync(id, cancellationToken);
        var errors = db.ImportRowErrors.AsNoTracking().Where(e => e.BatchId == id);
        var total = await errors.CountAsync(cancellationToken);
        var items = await errors.OrderBy(e => e.Sequence).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<ImportRowErrorDto>([.. items.Select(e => ToDto(batch.Kind, e))], total);
    }

    /// <summary>Every error as CSV with Chinese headers, UTF-8 with a byte-order mark so that Excel reads it.</summary>
    public async Task<(byte[] Content, string FileName)> ErrorsCsvAsync(Guid id, CancellationToken cancellationToken)
    {
        var batch = await FindAsync(id, cancellationToken);
        var csv = new StringBuilder();
        CsvLine(csv, "行号", "列", "错误说明");
        await foreach (var error in db.ImportRowErrors.AsNoTracking().Where(e => e.BatchId == id).OrderBy(e => e.Sequence).AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            var dto = ToDto(batch.Kind, error);
            CsvLine(csv, dto.RowNumber.ToString(CultureInfo.InvariantCulture), dto.Column, dto.Message);
        }

        var name = $"{Path.GetFileNameWithoutExtension(batch.FileName)}-错误.csv";
        return ([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv.ToString())], name);
    }

    public ImportBatchDto ToDto(ImportBatch batch)
    {
        var live = batch.IsFinished ? null : board.Find(batch.Id);
        var status = live?.Status ?? batch.Status;
        var total = live?.TotalRows ?? batch.TotalRows;
        var processed = live?.ProcessedRows ?? batch.ProcessedRows;
        var imported = live?.ImportedRows ?? batch.ImportedRows;
        var errorRows = live?.ErrorRows ?? batch.ErrorRows;
        var percent = status switch
        {
            ImportStatus.Queued => 0,
            ImportStatus.Validating => Percent(processed, total),
            ImportStatus.Importing => Percent(imported, total - errorRows),
            _ => 100,
        };
        var message = batch.MessageKey is null ? null : ImportMessages.Render(texts, batch.MessageKey, batch.MessageArgs);
        return new ImportBatchDto(
            batch.Id, batch.Kind, batch.Mode, batch.Format, status, batch.FileName, total, processed, imported, errorRows, percent, message,
            batch.CreatorName, batch.CreatedAt, batch.StartedAt, batch.FinishedAt);
    }

    private ImportRowErrorDto ToDto(ImportKind kind, ImportRowError error) =>
        new(error.RowNumber, error.Column, ImportMessages.Render(texts, kind, error));

    private async Task<ImportBatch> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ImportBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken) ?? throw new NotFoundException("ImportBatch", id);

    // A running phase never shows 100 %: that is for a finished batch.
    private static int Percent(int done, int of) => of <= 0 ? 0 : Math.Clamp(done * 100 / of, 0, 99);

    private static void CsvLine(StringBuilder csv, params string[] cells) =>
        csv.AppendJoin(',', cells.Select(CsvCell.Quote)).Append("\r\n");
}
