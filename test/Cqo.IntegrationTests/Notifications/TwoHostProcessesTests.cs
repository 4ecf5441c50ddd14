using System.Globalization;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.Notifications.Contracts;
using Cqo.Platform.Time;
using Cqo.SharedKernel.Jobs;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Notifications;

/// <summary>
/// The acceptance of issue 7: two host processes on one PostgreSQL database run the same recurring
/// jobs, each triggered twice a day, for a simulated week; a real SMTP server counts the mails.
/// </summary>
[Collection(Name)]
public sealed class TwoHostProcessesTests
{
    public const string Name = "two-host-processes";

    private static readonly string[] s_rules = ["certificate-expiry", "filing-review-overdue", "filing-review-escalation", "review-digest-district", "review-digest-municipal"];
    private static readonly int[] s_offsets = [90, 30, 7, 0];

    [PostgreSqlFact]
    public async Task Two_hosts_running_the_same_jobs_for_a_week_send_every_reminder_once()
    {
        // A web-only host arranges the data and triggers the jobs; it runs none of them.
        await using var arranger = new CqoApp(new Dictionary<string, string> { ["Jobs:Server"] = "false" });
        await arranger.InitializeAsync();
        var api = new NotificationsApi(arranger);
        var registry = new RegistryApi(arranger);
        var district = await api.AccountAsync(StandardRoles.DistrictRegulator, ScopeKind.DistrictRegulator, jurisdiction: RegistryApi.Pudong);
        var enterprise = await registry.RegisterEnterpriseAsync(RegistryApi.Pudong);
        var filing = await registry.SubmitAsync(await registry.ReadyAsync(enterprise.Id));
        var submittedOn = api.Today;
        var week = Enumerable.Range(7, 7).Select(submittedOn.AddDays).ToList();

        var holders = new List<(Guid CertificateId, string Email, DateOnly DueOn)>();
        foreach (var day in week)
        {
            foreach (var offset in s_offsets)
            {
                var officer = await api.AccountAsync(StandardRoles.Officer, ScopeKind.Individual);
                var certificate = await api.Certification.IssuedByHandAsync(issuedOn: day.AddDays(offset).AddYears(-3).AddDays(1));
                certificate.ValidUntil.ShouldBe(day.AddDays(offset));
                await api.LinkHolderAsync(certificate.Id, officer.Id);
                holders.Add((certificate.Id, officer.Email!, day));
            }
        }

        await NoCatchUpAsync(api); // each certificate is then due on exactly one day of the week

        var clockFile = Path.Combine(Directory.CreateTempSubdirectory("cqo-clock-").FullName, "now.txt");
        await SetClockAsync(clockFile, week[0]);
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Cqo"] = arranger.Database.ConnectionString,
            ["Database:MigrateOnStart"] = "false",
            ["Database:SeedDemoData"] = "false",
            ["Jobs:QueuePollSeconds"] = "1",
            ["Jobs:WorkerCount"] = "3",
            [FileClock.Setting] = clockFile,
            ["Identity:AdminPassword"] = CqoApp.AdminPassword,
            ["Identity:RequireHttps"] = "false",
            ["Notifications:BaseUrl"] = "http://localhost",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = arranger.Mail.Port.ToString(CultureInfo.InvariantCulture),
            ["Notifications:Smtp:Security"] = "None",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        var hosts = await Task.WhenAll(HostProcess.StartAsync(settings), HostProcess.StartAsync(settings));
        try
        {
            var scheduler = arranger.Services.GetRequiredService<IRecurringJobScheduler>();
            foreach (var day in week)
            {
                await SetClockAsync(clockFile, day);
                foreach (var rule in s_rules)
                {
                    scheduler.Trigger($"notifications:reminder:{rule}"); // as each host's scheduler would,
                    scheduler.Trigger($"notifications:reminder:{rule}"); // so two runs of each race
                }

                await IdleAsync(arranger, api);
            }
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }

        foreach (var (certificateId, email, dueOn) in holders)
        {
            var reminder = (await api.RemindersAsync("certificate-expiry", certificateId.ToString())).ShouldHaveSingleItem();
            reminder.DueOn.ShouldBe(dueOn);
            reminder.CreatedAt.ToShanghaiDate().ShouldBe(dueOn);
            arranger.Mail.To(email).Count.ShouldBe(1, $"{email}, due {dueOn}");
        }

        var waited = week.Select(d => arranger.Services.GetRequiredService<WorkingCalendar>().WorkingDaysBetween(submittedOn, d)).ToList();
        arranger.Mail.To(district.Email!).Count.ShouldBe(waited.Count(w => w >= 5), "one digest a day once the filing waited five working days");
        (await api.DeliveriesAsync(q => q.Where(d => d.RecipientUserId == district.Id && d.Channel == NotificationChannel.Inbox)))
            .ShouldHaveSingleItem().Subject.ShouldContain(enterprise.Name);
        (await api.RemindersAsync("filing-review-overdue", filing.Id.ToString())).ShouldHaveSingleItem();
        (await api.DeliveriesAsync(q => q.Where(d => d.Status != DeliveryStatus.Sent))).ShouldBeEmpty();
        ServersThatRanJobs(arranger).Count.ShouldBe(2, "both host processes ran jobs");
    }

    private static async Task NoCatchUpAsync(NotificationsApi api)
    {
        var rule = (await api.Admin().GetFromJsonAsync<ReminderRuleDto>($"/api/notifications/rules/{NotificationsApi.RuleId("certificate-expiry")}", Json.Options))!;
        var request = new { rule.Offsets, rule.Audiences, rule.Channels, rule.Cron, catchUpDays = 0, rule.Enabled, rule.Templates, rule.ConcurrencyStamp };
        (await api.Admin().PutAsJsonAsync($"/api/notifications/rules/{rule.Id}", request, Json.Options)).EnsureSuccessStatusCode();
    }

    /// <summary>08:00 Shanghai time on <paramref name="day"/>, written whole and renamed into place so no host reads half of it.</summary>
    private static async Task SetClockAsync(string file, DateOnly day)
    {
        var next = file + ".next";
        await File.WriteAllTextAsync(next, day.AtShanghaiTime(new TimeOnly(8, 0)).ToString("O", CultureInfo.InvariantCulture));
        File.Move(next, file, overwrite: true);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
    }

    /// <summary>Waits until no job is queued or running and no delivery is pending, twice in a row.</summary>
    private static async Task IdleAsync(CqoApp arranger, NotificationsApi api)
    {
        var monitor = arranger.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var quiet = 0;
        for (var i = 0; i < 240 && quiet < 2; i++)
        {
            await Task.Delay(500);
            var busy = monitor.EnqueuedCount("default") + monitor.ProcessingCount() > 0
                || (await api.DeliveriesAsync(q => q.Where(d => d.Status == DeliveryStatus.Pending))).Count > 0;
            quiet = busy ? 0 : quiet + 1;
        }

        quiet.ShouldBe(2, "the hosts settled within two minutes");
    }

    private static HashSet<string> ServersThatRanJobs(CqoApp arranger)
    {
        var monitor = arranger.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return [.. monitor.SucceededJobs(0, 2000)
            .Select(job => monitor.JobDetails(job.Key)?.History.FirstOrDefault(h => h.StateName == "Processing")?.Data)
            .Select(data => data is not null && data.TryGetValue("ServerId", out var server) ? server : null)
            .OfType<string>()
            .Select(server => server[..server.LastIndexOf(':')])];
    }
}
