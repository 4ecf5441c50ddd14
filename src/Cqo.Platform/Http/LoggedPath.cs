using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Cqo.Platform.Http;

/// <summary>
/// A request path as the logs may hold it: every run of eight or more digits outside a GUID masked. A
/// personal ID number typed into an address (a resident ID, a passport or permit number) never
/// reaches a log sink, while record ids (GUIDs) stay whole.
/// </summary>
public static partial class LoggedPath
{
    public static string Of(PathString path) => Mask(path.Value ?? "");

    public static string Mask(string path) => GuidOrLongNumber().Replace(path, m => m.Groups["guid"].Success ? m.Value : "***");

    [GeneratedRegex("(?<guid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|[0-9]{8,}[0-9Xx]?")]
    private static partial Regex GuidOrLongNumber();
}
