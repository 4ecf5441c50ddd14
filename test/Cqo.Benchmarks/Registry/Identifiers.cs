using Cqo.Reference.Contracts.Identifiers;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// Valid USCCs (GB 32100) and resident ID numbers (GB 11643), built by the DOMAIN.md §6 rules and then
/// checked by the platform's own validators, so a generator bug cannot pass for data.
/// </summary>
internal static class Identifiers
{
    private const string UsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private const string ResidentCheckCharacters = "10X98765432";

    // 31^7: the values of the seven characters after "MA" in a post-2015 organisation code.
    private const long NewCodeSpace = 27_512_614_111;

    private static readonly int[] s_usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] s_residentWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// The USCC of enterprise number <paramref name="sequence"/>: registration authority 9 (market regulation),
    /// category 1 (enterprise), the division code, a nine-character organisation code, the check character.
    /// Distinct sequences give distinct codes: the organisation code is a bijection of the sequence (multiplied by a
    /// number prime to the code space), in the post-2015 "MA…" form or, for <paramref name="legacy"/>, nine digits.
    /// </summary>
    public static string NewUscc(long sequence, string divisionCode, bool legacy)
    {
        Span<char> code = stackalloc char[Uscc.Length];
        code[0] = '9';
        code[1] = '1';
        divisionCode.AsSpan().CopyTo(code[2..8]);
        if (legacy)
        {
            // 3^18 is prime to 10^9.
            var value = ((sequence * 387_420_489L) + 123_456_789L) % 1_000_000_000L;
            value.TryFormat(code[8..17], out _, "D9", System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            // 1,000,003 is prime and not 31.
            var value = ((sequence * 1_000_003L) + 7_777_777L) % NewCodeSpace;
            code[8] = 'M';
            code[9] = 'A';
            for (var i = 16; i >= 10; i--)
            {
                code[i] = UsccAlphabet[(int)(value % 31)];
                value /= 31;
            }
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += UsccAlphabet.IndexOf(code[i], StringComparison.Ordinal) * s_usccWeights[i];
        }

        code[17] = UsccAlphabet[(31 - (sum % 31)) % 31];
        var uscc = new string(code);
        return Uscc.Check(uscc) is null
            ? uscc
            : throw new InvalidOperationException($"Generated USCC {uscc} fails GB 32100.");
    }

    /// <summary>A resident ID number; the sequence's last digit is odd for men.</summary>
    public static string NewResidentId(string addressCode, DateOnly birthDate, int sequence, DateOnly today)
    {
        var body = string.Create(
            System.Globalization.CultureInfo.InvariantCulture, $"{addressCode}{birthDate:yyyyMMdd}{sequence:D3}");
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * s_residentWeights[i];
        }

        var number = body + ResidentCheckCharacters[sum % 11];
        return ResidentId.Check(number, today) is null
            ? number
            : throw new InvalidOperationException($"Generated resident ID {number} fails GB 11643.");
    }
}
