using System.Globalization;
using System.Text;

namespace Cqo.IntegrationTests.Authorization;

internal sealed record MatrixRow(string Method, string Template, IReadOnlyList<int> Codes)
{
    public string Key => $"{Method} {Template}";
}

/// <summary>Reading the table's text into rows, and writing observed rows in the same layout.</summary>
internal static partial class MatrixTable
{
    public static string Format(IEnumerable<MatrixRow> rows)
    {
        var list = rows.ToList();
        var width = list.Select(r => r.Template.Length).DefaultIfEmpty(0).Max() + 2;
        var text = new StringBuilder();
        text.Append(new string(' ', 7 + width)).AppendJoin(' ', Columns.Select(c => c.PadRight(5))).AppendLine();
        foreach (var row in list)
        {
            if (row != list[0] && Module(row) != Module(list[list.IndexOf(row) - 1]))
            {
                text.AppendLine();
            }

            text.Append(CultureInfo.InvariantCulture, $"{row.Method,-7}{row.Template.PadRight(width)}")
                .AppendJoin(' ', row.Codes.Select(c => c.ToString(CultureInfo.InvariantCulture).PadRight(5))).AppendLine();
        }

        return text.ToString();
    }

    private static string Module(MatrixRow row) => row.Template.Split('/')[2];

    private static List<MatrixRow> Parse(string table) =>
        [.. table.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith(Columns[0], StringComparison.Ordinal))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(cells => cells.Length == Columns.Length + 2
                ? new MatrixRow(cells[0], cells[1], [.. cells[2..].Select(c => int.Parse(c, CultureInfo.InvariantCulture))])
                : throw new FormatException($"A matrix row needs a method, a route and {Columns.Length} codes: {string.Join(' ', cells)}"))];
}
