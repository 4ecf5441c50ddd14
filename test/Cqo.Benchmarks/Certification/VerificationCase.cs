using System.Globalization;
using System.Net;
using Cqo.Benchmarks.Registry;

namespace Cqo.Benchmarks.Certification;

/// <summary>One verification: a number as typed, and the day asked about (none: today).</summary>
internal readonly record struct Verification(string Number, DateOnly? AsOf)
{
    public string HostUrl => Url("/api/public/certificates/");

    public string BareUrl => Url("/certification/certificates/");

    /// <summary>
    /// From either subject's URL: 404 for a number of the never-issued range (<see cref="CertificatePlan.UnknownFrom"/>
    /// on) or one that does not end in a sequence at all (malformed), 200 otherwise.
    /// </summary>
    public static HttpStatusCode Expected(string url)
    {
        var path = Uri.UnescapeDataString(url.Split('?')[0]).TrimEnd();
        return path.Length >= 6 && int.TryParse(path.AsSpan(path.Length - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && sequence < CertificatePlan.UnknownFrom
                ? HttpStatusCode.OK
                : HttpStatusCode.NotFound;
    }

    private string Url(string path) => AsOf is { } day
        ? string.Create(CultureInfo.InvariantCulture, $"{path}{Uri.EscapeDataString(Number)}?asOf={day:yyyy-MM-dd}")
        : $"{path}{Uri.EscapeDataString(Number)}";
}

/// <summary>
/// One measured mix of verifications and how each is drawn; both subjects draw from the same seeded sequence, so
/// they answer the same requests. Issued numbers are drawn uniformly from every certificate generated, a quarter
/// of them asking about a day between a month before issue and today; unknown numbers have the right shape, a
/// year and district that exist, and a sequence never reached.
/// </summary>
internal sealed record VerificationCase(string Query, Func<Random, Verification> Draw)
{
    public static IReadOnlyList<VerificationCase> All(CertificatePlan plan) =>
    [
        new($"Mixed: {1 - CertificationOptions.UnknownShare:P0} issued numbers, {CertificationOptions.UnknownShare:P0} unknown (404)", r =>
            r.NextDouble() < CertificationOptions.UnknownShare ? Unknown(plan, r) : Issued(plan, r)),
        new("Issued numbers only", r => Issued(plan, r)),
        new("Unknown numbers only (404)", r => Unknown(plan, r)),
    ];

    public (string Host, string Bare) Urls(Random random)
    {
        var verification = Draw(random);
        return (verification.HostUrl, verification.BareUrl);
    }

    public static Verification Issued(CertificatePlan plan, Random random)
    {
        var index = random.Next(plan.Count);
        if (random.NextDouble() >= CertificationOptions.AsOfShare)
        {
            return new(plan.Number(index), null);
        }

        var from = plan.Certificates[index].IssuedOn.AddDays(-30);
        return new(plan.Number(index), from.AddDays(random.Next(plan.Today.DayNumber - from.DayNumber + 1)));
    }

    public static Verification Unknown(CertificatePlan plan, Random random) => new(
        CertificatePlan.Number(
            random.Next(CertificatePlan.FirstDay.Year, plan.Today.Year + 1),
            ShanghaiDistricts.All[random.Next(ShanghaiDistricts.All.Count)].Code,
            CertificatePlan.UnknownFrom + random.Next(1_000_000 - CertificatePlan.UnknownFrom)),
        null);
}
