using System.Globalization;
using System.Text.RegularExpressions;

namespace Cqo.Certification.Domain;

/// <summary>
/// <c>SHCQO-2026-310115-000123</c>: the year of issue, the district (GB/T 2260) and a sequence that
/// counts from 1 without gaps per year and district (ADR 14).
/// </summary>
internal sealed partial record CertificateNumber(int Year, string DistrictCode, int Sequence)
{
    public const string Prefix = "SHCQO";

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{DistrictCode}-{Sequence:D6}");

    /// <summary>Reads a number typed or scanned by anyone: surrounding blanks and lower case are forgiven.</summary>
    public static bool TryParse(string? text, out string normalized)
    {
        normalized = (text ?? "").Trim().ToUpperInvariant();
        return Shape().IsMatch(normalized);
    }

    [GeneratedRegex(@"^SHCQO-\d{4}-\d{6}-\d{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

/// <summary>What the issuing transaction hands a new certificate: its number, and its position in the credential status lists.</summary>
internal sealed record CertificateSlot(CertificateNumber Number, int StatusListIndex);
