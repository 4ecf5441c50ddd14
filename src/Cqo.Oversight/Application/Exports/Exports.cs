using System.Globalization;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Oversight.Jobs;
using Cqo.Platform.Files;
using Cqo.Platform.Localization;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Jobs;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cqo.Oversight.Application.Exports;

/// <summary>How an export request was answered: the file now, or a background export to follow.</summary>
internal abstract record ExportStart
{
    /// <summary>Small enough to answer with the file: write it with <see cref="Exports.WriteNowAsync"/>.</summary>
    public sealed record Now(IExportSource Source, ExportTable Table, string Parameters, ExportFormat Format, string FileName) : ExportStart;

    /// <summary>Queued as a background export; the file will be at its download address once completed.</summary>
    public sealed record Queued(ExportDto Export) : ExportStart;
}

/// <summary>A completed export's file, for its owner.</summary>
internal sealed record ExportFile(Stream Content, string ContentType, string FileName);

/// <summary>
/// Exports of any source: answered at once up to <see cref="ExportOptions.BackgroundThreshold"/> rows,
/// otherwise recorded with the caller as owner and run by <see cref="RunExportJob"/>. Background exports
/// are their owner's alone: another caller is answered 404 whatever their permissions.
/// </summary>
internal sealed class Exports(
    OversightDbContext db,
    ExportSources sources,
    ExportFileWriter writer,
    IFileStore files,
    IJobQueue jobs,
    ICurrentUser user,
    TimeProvider clock,
    IStringLocalizer texts,
    IOptions<ExportOptions> options)
{
    private static readonly SortMap<Export> s_sort = new SortMap<Export>("-createdAt", e => e.Id)
        .Add("createdAt", e => e.CreatedAt)
        .Add("status", e => e.Status)
        .Add("kind", e => e.Kind);

    /// <summary>Opens <paramref name="kind"/>'s table for <paramref name="parameters"/> (the caller has been checked for its permission).</summary>
    public async Task<ExportStart> StartAsync(string kind, string parameters, ExportFormat format, CancellationToken cancellationToken)
    {
        var source = sources.Get(kind);
        var table = await source.OpenAsync(parameters, cancellationToken);
        var limit = Math.Min(options.Value.MaxRows, format == ExportFormat.Xlsx ? XlsxExportWriter.MaxRows : int.MaxValue);
        if (table.EstimatedRows > limit)
        {
            throw new BusinessRuleException("oversight.export_too_large", new ErrorMessage("Oversight:Export.TooLarge", table.EstimatedRows, limit));
        }

        if (table.EstimatedRows <= options.Value.BackgroundThreshold)
        {
            return new ExportStart.Now(source, table, parameters, format, FileNameOf(table.FileNameStem, format));
        }

        var now = clock.GetUtcNow().ToStoragePrecision();
        var owner = new ExportOwner(user.UserId, user.ClientId, user.DisplayName ?? user.UserName ?? user.ClientId ?? "system", user.Scope);
        var export = new Export(
            Guid.CreateVersion7(now), kind, table.Title, format, parameters, SupportedCultures.Resolve(CultureInfo.CurrentUICulture), owner, table.EstimatedRows, now);
        db.Exports.Add(export);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<RunExportJob>(export.Id);
        return new ExportStart.Queued(ToDto(export));
    }

    /// <summary>Writes an export answered at once to <paramref name="output"/>, recorded first where its source wants it.</summary>
    public async Task WriteNowAsync(ExportStart.Now now, Stream output, CancellationToken cancellationToken)
    {
        await now.Source.BeforeWriteAsync(new ExportWriting(now.Parameters, now.Format, null, now.Table.EstimatedRows), cancellationToken);
        var stamp = new ExportStamp(clock.GetUtcNow(), user.DisplayName ?? user.UserName ?? user.ClientId ?? "");
        var (file, _) = await writer.WriteAsync(now.Table, now.Format, stamp, null, cancellationToken);
        await using (file)
        {
            await file.CopyToAsync(output, cancellationToken);
        }
    }

    /// <summary>The caller's own background exports, newest first by default.</summary>
    public async Task<PagedResult<ExportDto>> ListMineAsync(PageRequest page, CancellationToken cancellationToken) =>
        (await Mine().ToPageAsync(s_sort, page, cancellationToken)).Map(ToDto);

    public async Task<ExportDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        ToDto(await Mine().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new NotFoundException("Export", id));

    /// <summary>The file of one of the caller's completed exports; 404 for anyone else's, an unfinished one or a file gone.</summary>
    public async Task<ExportFile> OpenFileAsync(Guid id, CancellationToken cancellationToken)
    {
        var export = await Mine().FirstOrDefaultAsync(e => e.Id == id && e.Status == ExportStatus.Completed, cancellationToken);
        var content = export?.FileKey is { } key ? await files.OpenReadAsync(key, cancellationToken) : null;
        return content is null
            ? throw new NotFoundException("ExportFile", id)
            : new ExportFile(content, ExportFileWriter.ContentType(export!.Format), export.FileName ?? $"export.{ExportFileWriter.Extension(export.Format)}");
    }

    public string FileNameOf(string stem, ExportFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"{stem}-{clock.GetUtcNow().ToShanghai():yyyyMMdd-HHmmss}.{ExportFileWriter.Extension(format)}");

    public ExportDto ToDto(Export export) => new(
        export.Id, export.Kind, export.Title, export.Format, export.Status, export.RowsWritten, export.EstimatedRows, export.Percent,
        export.CreatedAt, export.StartedAt, export.FinishedAt, export.Error is { } error ? texts[error].Value : null, export.FileName, export.FileBytes,
        export.CreatedAt.AddDays(options.Value.RetentionDays));

    /// <summary>Only the owner's: an account's by its id, a client's by its client id.</summary>
    private IQueryable<Export> Mine()
    {
        var userId = user.UserId;
        var clientId = user.ClientId;
        return userId is not null
            ? db.Exports.AsNoTracking().Where(e => e.OwnerUserId == userId)
            : db.Exports.AsNoTracking().Where(e => e.OwnerUserId == null && clientId != null && e.OwnerClientId == clientId);
    }
}
