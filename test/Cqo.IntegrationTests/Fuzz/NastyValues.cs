namespace Cqo.IntegrationTests.Fuzz;

/// <summary>The values bad input is made of: wrong types, sizes, scripts and payloads aimed at each layer.</summary>
internal static class NastyValues
{
    public static readonly string[] Strings =
    [
        "", " ", "\t", "　", "null", "undefined", "NaN", "-1", "0", "1e309", "true",
        "' OR '1'='1' --", "'; DROP TABLE \"Enterprises\"; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)--", "%' AND 1=1 AND '%'='",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x/a}",
        "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "%2e%2e%2f", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
        "ＡＢＣ１２３－＠．", "９１３１０１１５ＭＡ１Ｋ３Ｂ２Ｃ４Ｘ", "上海市浦东新区世纪大道100号", "陳誌強", "Ωμέγα кириллица العربية עברית",
        "\u202Eevil\u202C", "\uFEFFbom", "e\u0301\u0301\u0301", "👨‍👩‍👧‍👦🏳️‍🌈", "\uD83D", "a\u0000b", "line\r\nbreak", "\u0007bell", "\u001b[31mred",
        "310115198003141239", "31011519850722234X", "00000000-0000-0000-0000-000000000000", "not-a-guid", "2026-02-30", "2026-13-01",
        "9999-12-31T23:59:59Z", "0001-01-01", "-2147483649", "2147483648", "9223372036854775808", "0x7fffffff",
    ];

    public static readonly object[] Numbers = [0, -1, 1, int.MaxValue, int.MinValue, long.MaxValue, 1e308, -1e308, 0.1, 1.5e-300, 12345678901234567890m];

    /// <summary>A string of <paramref name="length"/> characters from a mix of scripts.</summary>
    public static string Long(Random random, int length)
    {
        const string alphabet = "aZ9质量官ＡＢ企業Ωж<>'\"&";
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }
}
