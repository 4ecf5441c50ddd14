namespace Cqo.Benchmarks.Notifications;

/// <summary>
/// Sizes of the notifications benchmark. The certificates are generated as the certification section generates
/// them (<see cref="Certification.CertificationDataGenerator"/>); the rule's runs are <see cref="BenchContext.Runs"/>.
/// </summary>
/// <param name="Certificates">Generated certificates, issued 2022 to yesterday; those due today are the scan's work.</param>
/// <param name="Mails">Pending e-mails the dispatcher sends per measured delivery run (at most as many holders as are due today).</param>
/// <param name="DeliveryRuns">Measured delivery runs per subject, after one discarded warm-up run each.</param>
/// <param name="DeliveryHistory">
/// Sent deliveries of past days in the table while the delivery runs (nothing prunes the log in production); none
/// by default, to measure a fresh table.
/// </param>
internal sealed record NotificationsOptions(int Certificates = 2_000_000, int Mails = 5_000, int DeliveryRuns = 3, long DeliveryHistory = 0)
{
    /// <summary>A smoke run (<c>--quick</c>): the whole section in a couple of minutes, figures only indicative.</summary>
    public static NotificationsOptions Quick { get; } = new(Certificates: 100_000, Mails: 500, DeliveryRuns: 2);
}
