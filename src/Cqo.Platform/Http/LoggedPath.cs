using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Cqo.Platform.Http;

/// <summary>
/// A request path as the logs may hold it: every run of eight or more digits masked. A personal ID
/// number typed into an address (a resident ID, a passport or permit number) never reaches a log
/// sink; record ids are GUIDs and lose at most a group.
/// </summary>
public static partial class LoggedPath
{
    public static string Of(PathString path) => Mask(path.Value ?? "");

    public static string Mask(string path) => LongNumber().Replace(path, "***");

    [GeneratedRegex("[0-9]{8,}[0-9Xx]?")]
    private static partial Regex LongNumber();
}
