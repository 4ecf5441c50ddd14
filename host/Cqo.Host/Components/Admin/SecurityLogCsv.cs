using System.Text;
using Cqo.Identity.Contracts;
using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components.Admin;

/// <summary>The security log as CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads Chinese.</summary>
internal static class SecurityLogCsv
{
    public static byte[] Write(IEnumerable<SecurityLogDto> rows, IStringLocalizer texts)
    {
        var csv = new StringBuilder();
        Line(csv, texts.Admin("Log.At"), texts.Admin("Log.Action"), texts.Admin("Log.User"), texts.Admin("Log.Ip"), texts.Admin("Log.UserAgent"), texts.Admin("Log.Detail"));
        foreach (var row in rows)
        {
            Line(
                csv,
                UiFormat.DateTimeSeconds(row.At),
                texts.Of(row.Action),
                row.UserName ?? row.ClientId,
                row.IpAddress,
                row.UserAgent,
                row.Detail);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, params string?[] cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    // Quoted always; a leading =, +, - or @ is defused so a spreadsheet does not run a user agent as a formula.
    private static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
