namespace Cqo.Platform.Csv;

/// <summary>CSV cells written for spreadsheets.</summary>
public static class CsvCell
{
    /// <summary>Quoted always; a leading =, +, - or @ is defused so a spreadsheet does not run a cell as a formula.</summary>
    public static string Quote(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>One CSV line (CRLF-terminated) of quoted cells.</summary>
    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Quote)) + "\r\n";
}
