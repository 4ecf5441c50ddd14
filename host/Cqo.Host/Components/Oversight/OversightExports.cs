namespace Cqo.Host.Components.Oversight;

/// <summary>Where the export buttons point: a figure table's and a record list's download, as <c>xlsx</c> or <c>csv</c>.</summary>
internal static class OversightExports
{
    public static readonly string[] Formats = ["xlsx", "csv"];

    public static string TablePath(string figure) => $"/api/oversight/figures/{Uri.EscapeDataString(figure)}/export";

    public static string RecordsPath(string figure) => $"/api/oversight/figures/{Uri.EscapeDataString(figure)}/records/export";
}
