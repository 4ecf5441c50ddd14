using System.Text.RegularExpressions;

namespace Cqo.UnitTests.Logs;

/// <summary>
/// The personal ID numbers written literally into the sources that put people into test hosts: the
/// integration and browser tests and the demo seed. Generated numbers are found by their shape alone;
/// these lists add the deliberately invalid ones (a wrong check character, 31 February) that the shape
/// check lets through.
/// </summary>
internal static partial class LiteralIdNumbers
{
    private static readonly string[] s_testProjects = ["test/Cqo.IntegrationTests", "test/Cqo.BrowserTests"];

    public static IReadOnlyList<string> In(string repositoryRoot) =>
        [.. Sources(repositoryRoot)
            .SelectMany(file => Literal().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> Sources(string root) =>
        s_testProjects.Select(project => Path.Combine(root, project))
            .Append(Path.Combine(root, "src"))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !IsBuildOutput(file) && (file.Contains("/test/", StringComparison.Ordinal) || file.Contains("/Seeding/", StringComparison.Ordinal)));

    private static bool IsBuildOutput(string file) =>
        file.Contains("/bin/", StringComparison.Ordinal) || file.Contains("/obj/", StringComparison.Ordinal);

    // A resident ID's shape under a mainland address code (1 to 8: a USCC of that length starts with 9),
    // a passport or permit, or an old foreign permanent residence number (3 letters, 12 digits).
    [GeneratedRegex("\"([1-8][0-9]{16}[0-9Xx]|[EGHM][0-9]{7,10}|[A-Z]{3}[0-9]{12})\"")]
    private static partial Regex Literal();
}
