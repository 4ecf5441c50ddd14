namespace Cqo.Registry.Application.Imports;

/// <summary>CSV cells written for spreadsheets.</summary>
internal static class ImportCsv
{
    /// <summary>Quoted always; a leading =, +, - or @ is defused so a spreadsheet does not run a cell as a formula.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
