using System.Text.RegularExpressions;
using Cqo.Reference.Contracts.Identifiers;

namespace Cqo.UnitTests.Logs;

/// <summary>
/// Finds personal ID numbers in a line of text: any mainland resident ID number (GB 11643: a real birth
/// date from 1900 on, the right check character), any passport or permit number of the Chinese forms
/// (<c>E</c>/<c>G</c>/<c>H</c>/<c>M</c> and 8 digits), and each of the <paramref name="known"/> numbers.
/// A number counts only standing alone: not inside a longer run of letters and digits (a hash, a GUID).
/// </summary>
internal sealed partial class PersonalIdNumberFinder(IEnumerable<string> known)
{
    private const int EarliestBirthYear = 1900;

    private readonly string[] _known = [.. known.Distinct(StringComparer.Ordinal)];

    public IReadOnlyCollection<string> Known => _known;

    public IEnumerable<string> Find(string line, DateOnly today)
    {
        foreach (Match candidate in ResidentIdShape().Matches(line))
        {
            var number = ResidentId.Normalize(candidate.Value);
            if (number[0] != '0' && ResidentId.Check(number, today) is null && ResidentId.BirthDate(number).Year >= EarliestBirthYear)
            {
                yield return number;
            }
        }

        foreach (Match passport in PassportOrPermitShape().Matches(line))
        {
            yield return passport.Value;
        }

        foreach (var number in _known)
        {
            if (line.Contains(number, StringComparison.OrdinalIgnoreCase))
            {
                yield return number;
            }
        }
    }

    [GeneratedRegex("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex ResidentIdShape();

    [GeneratedRegex("(?<![0-9A-Za-z])[EGHM][0-9]{8}(?![0-9A-Za-z])")]
    private static partial Regex PassportOrPermitShape();
}
