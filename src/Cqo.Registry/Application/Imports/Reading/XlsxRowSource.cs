using System.Globalization;
using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Cqo.Registry.Application.Imports.Reading;

/// <summary>
/// The first sheet of an .xlsx workbook, streamed by MiniExcel row by row (gaps come back as blank
/// rows, so row numbers stay those Excel shows). Cells become text: numbers in plain digits, so a
/// district typed as the number 310115 reads as "310115".
/// </summary>
internal sealed class XlsxRowSource(Stream stream) : IRowSource
{
    /// <summary>The largest value Excel keeps to the digit; longer numbers (ID numbers typed as numbers) have lost digits.</summary>
    private const double ExactDigitsLimit = 1e15;

    private static readonly OpenXmlConfiguration s_configuration = new() { FillMergedCells = false, IgnoreEmptyRows = false };

    public int EstimateDataRows()
    {
        try
        {
            stream.Position = 0;
            var rows = MiniExcel.GetSheetDimensions(stream).FirstOrDefault()?.Rows.Count ?? 0;
            return Math.Max(rows - 1, 0);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return 0; // reading the rows will say what is wrong
        }
        finally
        {
            stream.Position = 0;
        }
    }

    public IEnumerable<RawRow> ReadRows()
    {
        stream.Position = 0;
        using var rows = Open().GetEnumerator();
        var number = 0;
        while (MoveNext(rows))
        {
            number++;
            var cells = (IDictionary<string, object?>)rows.Current;
            yield return new RawRow(number, [.. cells.Values.Select(Text)]);
        }
    }

    public void Dispose() => stream.Dispose();

    /// <summary>A cell as the text a user sees in it; a long number is written in E notation, which the rows report as lost digits.</summary>
    internal static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        double number when Math.Abs(number) >= ExactDigitsLimit => number.ToString("E5", CultureInfo.InvariantCulture),
        double number when number == Math.Floor(number) => ((long)number).ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private IEnumerable<object> Open()
    {
        try
        {
            return MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX, configuration: s_configuration);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw new ImportFileException("Registry:Import.XlsxUnreadable");
        }
    }

    private static bool MoveNext(IEnumerator<object> rows)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw new ImportFileException("Registry:Import.XlsxUnreadable");
        }
    }

    // What a damaged or foreign workbook raises from the zip and XML readers and from MiniExcel itself.
    private static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or XmlException or FormatException or InvalidOperationException or InvalidCastException
            or ArgumentException or KeyNotFoundException
        || e.GetType().Namespace?.StartsWith("MiniExcelLibs", StringComparison.Ordinal) == true;
}
