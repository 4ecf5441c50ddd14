using System.Globalization;

namespace Cqo.Reference.Contracts.Identifiers;

/// <summary>
/// The citizen identity number (公民身份号码, GB 11643-1999) of a resident ID card: 18 characters, an
/// address code (6), the birth date <c>YYYYMMDD</c> (8), a sequence number (3, odd for men) and a
/// check character (a digit or <c>X</c>) over the first 17.
/// </summary>
public static class ResidentId
{
    /// <summary>The number of characters in a number.</summary>
    public const int Length = 18;

    private const string CheckCharacters = "10X98765432";

    private const int BirthDateStart = 6;

    private const int BirthDateLength = 8;

    private const int SequenceLastDigit = 16;

    private static readonly int[] s_weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// Removes white space, folds full-width characters to ASCII and upper-cases (a lowercase
    /// <c>x</c> becomes <c>X</c>): the form in which numbers are checked and stored.
    /// </summary>
    public static string Normalize(string value) => PersonalId.Fold(value);

    /// <summary>
    /// The first rule a normalized number breaks, checking length, format, a real birth date, a birth
    /// date not after <paramref name="today"/> and the check character in that order; null when it is
    /// valid.
    /// </summary>
    public static PersonalIdProblem? Check(string normalized, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(normalized);

        if (normalized.Length != Length)
        {
            return PersonalIdProblem.Length;
        }

        if (!IsWellFormed(normalized))
        {
            return PersonalIdProblem.Format;
        }

        if (!TryReadBirthDate(normalized, out var birthDate))
        {
            return PersonalIdProblem.BirthDate;
        }

        if (birthDate > today)
        {
            return PersonalIdProblem.FutureBirthDate;
        }

        return CheckCharacterOf(normalized) == normalized[Length - 1] ? null : PersonalIdProblem.CheckCharacter;
    }

    /// <summary>The birth date in a valid number.</summary>
    /// <exception cref="ArgumentException">The number carries no readable birth date.</exception>
    public static DateOnly BirthDate(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.Length == Length && IsWellFormed(normalized) && TryReadBirthDate(normalized, out var birthDate)
            ? birthDate
            : throw new ArgumentException("Not a well-formed resident ID number.", nameof(normalized));
    }

    /// <summary>Whether a valid number belongs to a man: its sequence number is odd.</summary>
    /// <exception cref="ArgumentException">The number is not well-formed.</exception>
    public static bool IsMale(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.Length == Length && IsWellFormed(normalized)
            ? (normalized[SequenceLastDigit] - '0') % 2 == 1
            : throw new ArgumentException("Not a well-formed resident ID number.", nameof(normalized));
    }

    private static bool IsWellFormed(string normalized) =>
        !normalized.AsSpan(0, Length - 1).ContainsAnyExceptInRange('0', '9')
        && (char.IsAsciiDigit(normalized[Length - 1]) || normalized[Length - 1] == 'X');

    private static bool TryReadBirthDate(string normalized, out DateOnly birthDate) =>
        DateOnly.TryParseExact(
            normalized.AsSpan(BirthDateStart, BirthDateLength),
            "yyyyMMdd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out birthDate);

    private static char CheckCharacterOf(string normalized)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += (normalized[i] - '0') * s_weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
