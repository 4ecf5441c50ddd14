using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Cqo.Oversight.Application.Exports;

/// <summary>
/// A workbook of two sheets: 说明 / About (title, definition, each filter, when and by whom, as label
/// and value) and 数据 / Data (the header row, then the rows, streamed). Cells are values, never
/// formulas, so text starting with "=" stays text.
/// </summary>
internal sealed class XlsxExportWriter(IStringLocalizer texts)
{
    /// <summary>The most data rows a sheet holds (Excel's 1,048,576 less the header).</summary>
    public const int MaxRows = 1_048_575;

    public async Task<long> WriteAsync(ExportTable table, ExportStamp stamp, Stream output, Func<long, Task>? progress, CancellationToken cancellationToken)
    {
        var counter = new RowCounter(progress);
        var about = ExportAbout.Lines(table, stamp, texts).Select(line => Row([line.Label, line.Value])).ToList();
        var sheets = new Dictionary<string, object>
        {
            [texts["Oversight:Export.AboutSheet"]] = about,
            [texts["Oversight:Export.DataSheet"]] = DataAsync(table, counter, cancellationToken),
        };

        // Without MiniExcel's own header row: the first row is ours, so a table without rows still has its header.
        await MiniExcel.SaveAsAsync(output, sheets, printHeader: false, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return counter.Rows;
    }

    private static async IAsyncEnumerable<Dictionary<string, object?>> DataAsync(ExportTable table, RowCounter counter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return Row(table.Columns);
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            await counter.CountAsync();
            yield return Row(row);
        }
    }

    /// <summary>Keys are column positions: headers may repeat, and MiniExcel writes no header of its own.</summary>
    private static Dictionary<string, object?> Row(IEnumerable<object?> cells) =>
        cells.Select((cell, i) => (Key: i.ToString(CultureInfo.InvariantCulture), Value: ExportCells.Value(cell))).ToDictionary(c => c.Key, c => c.Value);

    private sealed class RowCounter(Func<long, Task>? progress)
    {
        public long Rows { get; private set; }

        public async Task CountAsync()
        {
            if (++Rows % ExportProgress.Every == 0 && progress is not null)
            {
                await progress(Rows);
            }
        }
    }
}
