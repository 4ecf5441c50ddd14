using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Cqo.Oversight.Application.Exports;

/// <summary>
/// CSV as RFC 4180 (comma, CRLF, fields with a comma, quote or line break quoted, quotes doubled), in
/// UTF-8 with a byte-order mark so that Excel reads Chinese. The definition travels in the same file:
/// it opens with two-column records (label, value) for the title, the definition, each filter, the
/// time and the author, then one empty line; the table's header and rows follow. A reader that wants
/// only the data skips to the first empty line. Text starting with = + - @ (or a tab or carriage
/// return) gets a leading apostrophe, so a spreadsheet never runs a cell as a formula.
/// </summary>
internal sealed class CsvExportWriter(IStringLocalizer texts)
{
    public async Task<long> WriteAsync(ExportTable table, ExportStamp stamp, Stream output, Func<long, Task>? progress, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        foreach (var (label, value) in ExportAbout.Lines(table, stamp, texts))
        {
            await writer.WriteLineAsync(Record([label, value]));
        }

        await writer.WriteLineAsync();
        await writer.WriteLineAsync(Record(table.Columns));
        long rows = 0;
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(Record(row));
            if (++rows % ExportProgress.Every == 0 && progress is not null)
            {
                await writer.FlushAsync(cancellationToken);
                await progress(rows);
            }
        }

        await writer.FlushAsync(cancellationToken);
        return rows;
    }

    private static string Record(IEnumerable<object?> cells) => string.Join(',', cells.Select(Cell));

    internal static string Cell(object? value)
    {
        var isText = ExportCells.Value(value) is string;
        var text = ExportCells.Text(value);
        if (isText && text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}

/// <summary>How often a writer reports the rows written so far.</summary>
internal static class ExportProgress
{
    public const int Every = 500;
}

/// <summary>What a file says about itself: title, definition, filters, when and by whom, in the reader's culture.</summary>
internal static class ExportAbout
{
    public static IEnumerable<(string Label, string Value)> Lines(ExportTable table, ExportStamp stamp, IStringLocalizer texts)
    {
        yield return (texts["Oversight:Export.Title"], table.Title);
        yield return (texts["Oversight:Export.Definition"], table.Definition.In(CultureInfo.CurrentUICulture));
        if (table.Filters.Count == 0)
        {
            yield return (texts["Oversight:Export.Filters"], texts["Oversight:Export.NoFilters"]);
        }

        foreach (var filter in table.Filters)
        {
            yield return (texts["Oversight:Export.Filter", filter.Label], filter.Value);
        }

        yield return (texts["Oversight:Export.GeneratedAt"], $"{ExportCells.Time(stamp.GeneratedAt)} (Asia/Shanghai)");
        yield return (texts["Oversight:Export.GeneratedBy"], stamp.GeneratedBy);
    }
}
