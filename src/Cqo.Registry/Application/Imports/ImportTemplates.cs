using Cqo.Platform.Csv;
using System.Text;
using Cqo.Registry.Contracts;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Cqo.Registry.Application.Imports;

internal sealed record ImportTemplate(byte[] Content, string FileName, string ContentType);

/// <summary>
/// The file to fill in: the Chinese headers of the kind and one example row (to be replaced). In the
/// workbook, codes and numbers are text cells so that Excel keeps every digit of an ID number.
/// </summary>
internal static class ImportTemplates
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static ImportTemplate Write(ImportKind kind, ImportFormat format)
    {
        var columns = ImportColumns.For(kind);
        var name = kind == ImportKind.Enterprises ? "企业导入模板" : "人员导入模板";
        return format == ImportFormat.Xlsx
            ? new ImportTemplate(Xlsx(columns), name + ".xlsx", XlsxContentType)
            : new ImportTemplate(Csv(columns), name + ".csv", "text/csv; charset=utf-8");
    }

    private static byte[] Xlsx(IReadOnlyList<ImportColumn> columns)
    {
        var example = new Dictionary<string, object?>();
        foreach (var column in columns)
        {
            example[column.Header] = column.Example;
        }

        var configuration = new OpenXmlConfiguration
        {
            AutoFilter = false,
            DynamicColumns = [.. columns.Select(c => new DynamicExcelColumn(c.Header) { Width = Math.Max(14, c.Header.Length * 2.5), Format = c.IsCode ? "@" : null })],
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[] { example }, configuration: configuration);
        return stream.ToArray();
    }

    private static byte[] Csv(IReadOnlyList<ImportColumn> columns)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', columns.Select(c => CsvCell.Quote(c.Header))).Append("\r\n");
        csv.AppendJoin(',', columns.Select(c => CsvCell.Quote(c.Example))).Append("\r\n");
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
