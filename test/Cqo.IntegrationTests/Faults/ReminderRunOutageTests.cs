using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Notifications;
using Xunit.Abstractions;

namespace Cqo.IntegrationTests.Faults;

/// <summary>
/// The database goes away while the expiry rule's mail is being dispatched (after a quarter has gone
/// out), the jobs fail and are retried throughout, and it comes back. Once the jobs have run again,
/// every holder has their reminder recorded once and their mail delivered. A mail the server took just
/// before its send could be recorded goes again once its lease ends: delivery is at least once (ADR 15).
/// </summary>
public sealed class ReminderRunOutageTests(ITestOutputHelper output)
{
    private const int Holders = 40;

    [PostgreSqlFact]
    public async Task An_outage_during_reminder_runs_leaves_every_reminder_recorded_once_and_mailed()
    {
        await using var host = await HostBehindProxy.StartAsync();
        var api = new NotificationsApi(host.App);
        var lastDay = api.Today.AddDays(8);
        var holders = new List<(Guid CertificateId, string Email)>();
        for (var i = 0; i < Holders; i++)
        {
            var (certificate, email) = await api.HolderOfCertificateEndingAsync(lastDay);
            holders.Add((certificate.Id, email));
        }

        api.MorningOf(lastDay.AddDays(-7));
        using var stop = new CancellationTokenSource();
        var (runs, failed) = (0, 0);
        var jobs = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                runs++;
                try
                {
                    await api.RunAsync("certificate-expiry");
                    await api.DispatchAsync();
                }
                catch (Exception e) when (e is not ShouldAssertException)
                {
                    failed++; // as a job failing on a lost connection: Hangfire retries it
                }
            }
        });

        // The cut lands in the middle of the dispatcher's work: some mails out, others not yet.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (host.App.Mail.Messages().Count < Holders / 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(2);
        }

        host.Database.Cut();
        var mailedAtCut = host.App.Mail.Messages().Count;
        await Task.Delay(1500);
        host.Database.Restore();
        await Task.Delay(500);
        await stop.CancelAsync();
        await jobs;

        var mailedBeforeRecovery = host.App.Mail.Messages().Count;

        // The jobs' next runs: the rule, then the dispatcher once any back-off of a failed send has passed.
        await api.RunAsync("certificate-expiry");
        for (var round = 0; round < 3; round++)
        {
            host.App.Clock.Advance(TimeSpan.FromMinutes(10));
            await api.DispatchAsync();
        }

        output.WriteLine($"{runs} runs of rule and dispatcher, {failed} failed on the outage; cut after {mailedAtCut} mails, {mailedBeforeRecovery} before the jobs ran again, {host.App.Mail.Messages().Count} after");
        failed.ShouldBeGreaterThan(0, "the outage was not felt");
        foreach (var (certificateId, email) in holders)
        {
            (await api.RemindersAsync("certificate-expiry", certificateId.ToString())).ShouldHaveSingleItem();
            host.App.Mail.To(email).Count.ShouldBeInRange(1, 2, $"mails to {email}: once, or twice if it was on the wire at the cut");
        }

        var twice = holders.Count(h => host.App.Mail.To(h.Email).Count > 1);
        output.WriteLine($"{twice} of {Holders} holders got their mail twice");
        ReliabilityLog.Record("Faults", "Database gone for 1.5 s while reminder mail goes out, jobs retried throughout", "every reminder recorded once; every mail delivered", new Dictionary<string, object>
        {
            ["holders"] = Holders,
            ["mails out at the cut"] = mailedAtCut,
            ["failed job runs"] = failed,
            ["mails twice (on the wire at the cut)"] = twice,
        });
    }
}
