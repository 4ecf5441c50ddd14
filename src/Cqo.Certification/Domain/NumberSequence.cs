using Cqo.SharedKernel.Domain;

namespace Cqo.Certification.Domain;

/// <summary>
/// The last certificate number given in one year and district; incremented inside the issuing
/// transaction. The row of year 0 (<see cref="StatusList"/>) counts status-list positions across all certificates.
/// </summary>
internal sealed class NumberSequence(int year, string districtCode) : IAuditIgnored
{
    public static readonly (int Year, string DistrictCode) StatusList = (0, "000000");

    public int Year { get; private set; } = year;

    public string DistrictCode { get; private set; } = districtCode;

    public int Last { get; private set; }
}
