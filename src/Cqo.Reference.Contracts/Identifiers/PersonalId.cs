using System.Text;
using System.Text.RegularExpressions;

namespace Cqo.Reference.Contracts.Identifiers;

/// <summary>Normalizing and checking personal ID numbers of every <see cref="PersonalIdType"/>.</summary>
public static partial class PersonalId
{
    private const int OldForeignPermanentResidenceLength = 15;

    private const char NewForeignPermanentResidencePrefix = '9';

    /// <summary>
    /// Removes white space, folds full-width characters to ASCII and upper-cases: the form in which
    /// numbers are checked, compared and stored.
    /// </summary>
    public static string Normalize(PersonalIdType type, string value) => type switch
    {
        PersonalIdType.ResidentId => ResidentId.Normalize(value),
        PersonalIdType.HkMacauTaiwanPermit or PersonalIdType.Passport or PersonalIdType.ForeignPermanentResidence => Fold(value),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown personal ID type."),
    };

    /// <summary>
    /// The first rule a normalized number of the given type breaks, or null when it is valid.
    /// <paramref name="today"/> bounds the birth date of numbers that carry one.
    /// </summary>
    public static PersonalIdProblem? Check(PersonalIdType type, string normalized, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(normalized);

        return type switch
        {
            PersonalIdType.ResidentId => ResidentId.Check(normalized, today),
            PersonalIdType.HkMacauTaiwanPermit => CheckHkMacauTaiwanPermit(normalized),
            PersonalIdType.Passport => CheckPassport(normalized),
            PersonalIdType.ForeignPermanentResidence => CheckForeignPermanentResidence(normalized, today),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown personal ID type."),
        };
    }

    /// <summary>
    /// The birth date in a valid number: resident IDs and the 2023 foreign permanent residence ID
    /// carry one; null for every other number.
    /// </summary>
    /// <exception cref="ArgumentException">A resident ID number carries no readable birth date.</exception>
    public static DateOnly? BirthDate(PersonalIdType type, string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);

        return type switch
        {
            PersonalIdType.ResidentId => ResidentId.BirthDate(normalized),
            PersonalIdType.ForeignPermanentResidence when IsNewForeignPermanentResidence(normalized) => ResidentId.BirthDate(normalized),
            PersonalIdType.HkMacauTaiwanPermit or PersonalIdType.Passport or PersonalIdType.ForeignPermanentResidence => null,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown personal ID type."),
        };
    }

    /// <summary>
    /// Age in whole years on <paramref name="day"/>: a year is complete on its birthday, and someone
    /// born on 29 February completes it on 1 March in other years.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is before the birth date.</exception>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, birthDate);

        var age = day.Year - birthDate.Year;
        var birthdayNotYetReached = day.Month < birthDate.Month || (day.Month == birthDate.Month && day.Day < birthDate.Day);
        return birthdayNotYetReached ? age - 1 : age;
    }

    /// <summary>Removes all white space, folds U+FF01..U+FF5E to ASCII and upper-cases ASCII letters only.</summary>
    internal static string Fold(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            // Upper-casing only ASCII keeps e.g. a Turkish dotless ı from turning into a valid I.
            var folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(folded))
            {
                builder.Append(char.IsAsciiLetterLower(folded) ? (char)(folded - 'a' + 'A') : folded);
            }
        }

        return builder.ToString();
    }

    private static PersonalIdProblem? CheckHkMacauTaiwanPermit(string normalized) => normalized.Length switch
    {
        not (8 or 9 or 11) => PersonalIdProblem.Length,
        _ when HkMacauPermitPattern().IsMatch(normalized) || TaiwanPermitPattern().IsMatch(normalized) => null,
        _ => PersonalIdProblem.Format,
    };

    private static PersonalIdProblem? CheckPassport(string normalized) => normalized.Length switch
    {
        < 5 or > 17 => PersonalIdProblem.Length,
        _ when PassportPattern().IsMatch(normalized) => null,
        _ => PersonalIdProblem.Format,
    };

    private static PersonalIdProblem? CheckForeignPermanentResidence(string normalized, DateOnly today) => normalized.Length switch
    {
        OldForeignPermanentResidenceLength => OldForeignPermanentResidencePattern().IsMatch(normalized) ? null : PersonalIdProblem.Format,
        ResidentId.Length => normalized[0] == NewForeignPermanentResidencePrefix
            ? ResidentId.Check(normalized, today)
            : PersonalIdProblem.Format,
        _ => PersonalIdProblem.Length,
    };

    private static bool IsNewForeignPermanentResidence(string normalized) =>
        normalized.Length == ResidentId.Length && normalized[0] == NewForeignPermanentResidencePrefix;

    [GeneratedRegex(@"^[HM][0-9]{8}([0-9]{2})?\z")]
    private static partial Regex HkMacauPermitPattern();

    [GeneratedRegex(@"^[0-9]{8}\z")]
    private static partial Regex TaiwanPermitPattern();

    [GeneratedRegex(@"^[A-Z0-9]{5,17}\z")]
    private static partial Regex PassportPattern();

    [GeneratedRegex(@"^[A-Z]{3}[0-9]{12}\z")]
    private static partial Regex OldForeignPermanentResidencePattern();
}
