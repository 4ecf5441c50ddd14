namespace Cqo.Host.Components.Oversight;

/// <summary>
/// Where the export buttons point: a figure table's and a record list's download, as <c>xlsx</c> or <c>csv</c>. The pages
/// use the <c>/oversight</c> copy of the API's <c>/api/oversight/figures/{key}/export</c> and <c>.../records/export</c>:
/// <c>/api</c> takes bearer tokens only, the signed-in pages carry the sign-in cookie.
/// </summary>
internal static class OversightExports
{
    public const string Prefix = "/oversight";

    public static readonly string[] Formats = ["xlsx", "csv"];

    public static string TablePath(string figure) => $"{Prefix}/figures/{Uri.EscapeDataString(figure)}/export";

    public static string RecordsPath(string figure) => $"{Prefix}/figures/{Uri.EscapeDataString(figure)}/records/export";
}
