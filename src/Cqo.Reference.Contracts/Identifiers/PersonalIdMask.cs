namespace Cqo.Reference.Contracts.Identifiers;

/// <summary>The display form of a personal ID number for anyone not entitled to see it whole.</summary>
public static class PersonalIdMask
{
    /// <summary>The character that stands for each hidden character.</summary>
    public const char MaskCharacter = '*';

    /// <summary>
    /// Keeps the first 4 and last 4 characters of a number of 15 characters or more (ID cards), the
    /// first and last of a shorter one (passports, permits), so at least half is always hidden, and replaces the rest one for one with <see cref="MaskCharacter"/>
    /// (<c>3101**********0018</c>, <c>H******7</c>). Values of 1 or 2 characters are hidden entirely.
    /// </summary>
    public static string Mask(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);

        var keep = normalized.Length switch
        {
            >= 15 => 4,
            >= 3 => 1,
            _ => 0,
        };

        return string.Concat(
            normalized.AsSpan(0, keep),
            new string(MaskCharacter, normalized.Length - (2 * keep)),
            normalized.AsSpan(normalized.Length - keep));
    }
}
