using Cqo.Oversight.Contracts;

namespace Cqo.Oversight.Application.Exports;

/// <summary>Writes a table in the chosen format to a temporary file, read back from its start; the file is deleted once closed.</summary>
internal sealed class ExportFileWriter(CsvExportWriter csv, XlsxExportWriter xlsx)
{
    public static string ContentType(ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static string Extension(ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    /// <summary>The file and the number of rows written; <paramref name="progress"/> hears the count every few hundred rows.</summary>
    public async Task<(FileStream File, long Rows)> WriteAsync(
        ExportTable table, ExportFormat format, ExportStamp stamp, Func<long, Task>? progress, CancellationToken cancellationToken)
    {
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"cqo-export-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var rows = format == ExportFormat.Xlsx
                ? await xlsx.WriteAsync(table, stamp, file, progress, cancellationToken)
                : await csv.WriteAsync(table, stamp, file, progress, cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return (file, rows);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
