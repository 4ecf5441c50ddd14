using System.Globalization;
using MiniExcelLibs;

namespace Cqo.BrowserTests.Oversight;

/// <summary>Every row of every sheet of an xlsx file as the texts of its cells, written as the pages write them (days as yyyy-MM-dd).</summary>
internal static class XlsxRows
{
    public static List<List<string>> Read(byte[] file)
    {
        var rows = new List<List<string>>();
        using var stream = new MemoryStream(file);
        foreach (var sheet in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX))
            {
                rows.Add([.. row.Values.Select(Text)]);
            }

            stream.Position = 0;
        }

        return rows;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
