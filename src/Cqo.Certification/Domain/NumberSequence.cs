using Cqo.SharedKernel.Domain;

namespace Cqo.Certification.Domain;

/// <summary>The last certificate number given in one year and district; incremented inside the issuing transaction.</summary>
internal sealed class NumberSequence(int year, string districtCode) : IAuditIgnored
{
    public int Year { get; private set; } = year;

    public string DistrictCode { get; private set; } = districtCode;

    public int Last { get; private set; }
}
