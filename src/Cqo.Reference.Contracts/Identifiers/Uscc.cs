namespace Cqo.Reference.Contracts.Identifiers;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-letter
/// alphabet, the last a check character over the first 17.
/// </summary>
public static class Uscc
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] s_weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// Trims, folds full-width characters to ASCII and upper-cases: the form in which codes are
    /// compared and stored.
    /// </summary>
    public static string Normalize(string value)
    {
        var folded = value.Trim().Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        return new string(folded.ToArray()).ToUpperInvariant();
    }

    /// <summary>
    /// Whether a normalized search term is a code rather than a name: 18 characters of the code's
    /// alphabet (legacy codes failing their check character included).
    /// </summary>
    public static bool IsCodeShaped(string normalized) => Check(normalized) is null or UsccProblem.CheckCharacter;

    /// <summary>The rule a normalized code breaks, or null when it is valid.</summary>
    public static UsccProblem? Check(string normalized)
    {
        if (normalized.Length != Length)
        {
            return UsccProblem.Length;
        }

        if (normalized.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return UsccProblem.Alphabet;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += Alphabet.IndexOf(normalized[i], StringComparison.Ordinal) * s_weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return Alphabet[check] == normalized[Length - 1] ? null : UsccProblem.CheckCharacter;
    }
}

public enum UsccProblem
{
    Length,
    Alphabet,
    CheckCharacter,
}
