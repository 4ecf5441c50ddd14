namespace Cqo.Benchmarks.Certification;

/// <summary>
/// Sizes of the certification benchmark. The load settings (requests, seconds, clients, latency budget, keeping the
/// database) are the registry section's (<see cref="Registry.RegistryOptions"/>), shared by every section.
/// </summary>
/// <param name="Certificates">Generated certificates, issued 2022 to yesterday, renewals and re-issues included.</param>
/// <param name="Pdfs">Certificates rendered per measured PDF batch (each mode, each run).</param>
internal sealed record CertificationOptions(int Certificates = 2_000_000, int Pdfs = 100)
{
    /// <summary>A smoke run (<c>--quick</c>): the whole section in a minute or two, figures only indicative.</summary>
    public static CertificationOptions Quick { get; } = new(Certificates: 20_000, Pdfs: 20);

    /// <summary>Share of verification requests for numbers never issued (answered 404 by both subjects).</summary>
    public const double UnknownShare = 0.1;

    /// <summary>Share of verification requests asking for the status on a past day (<c>asOf</c>).</summary>
    public const double AsOfShare = 0.25;
}
