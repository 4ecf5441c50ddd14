using Cqo.Benchmarks.Certification;
using Cqo.Benchmarks.Infrastructure;
using Cqo.Benchmarks.Registry;
using Cqo.Notifications.Contracts;
using Cqo.SharedKernel.Time;
using Npgsql;

namespace Cqo.Benchmarks.Notifications;

/// <summary>
/// What the notifications figures depend on: the server, its durability settings (every mail the dispatcher settles
/// is a commit of its own), the certificates' size, the machine's load.
/// </summary>
internal sealed record NotificationsFacts(string ServerVersion, string Durability, string CertificatesSize, MachineLoad Load);

/// <summary>
/// Notifications at scale on PostgreSQL: the certification section's millions of certificates, accounts for the
/// holders due today, then the day's certificate-expiry run through the API against raw SQL reading (and writing)
/// the same rows, then the e-mails sent by the host's dispatcher to a real SMTP sink against a bare MailKit loop.
/// Two hosts, one after the other, on one database: without a job server for the scan, with one for delivery.
/// </summary>
internal sealed class NotificationsSection(NotificationsOptions options, RegistryOptions load) : IBenchmarkSection
{
    /// <summary>The host's <c>Notifications:BaseUrl</c> default, as links are rendered with it.</summary>
    public const string BaseUrl = "http://localhost:5080";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(3);

    public string Name => "Notifications at scale (PostgreSQL)";

    public async Task<string> RunAsync(BenchContext context)
    {
        var cancellationToken = context.CancellationToken;
        var server = Environment.GetEnvironmentVariable(BenchDatabase.ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            return RegistrySearchSection.Skipped("the notifications benchmark", $"{BenchDatabase.ServerVariable} is not set; `dotnet pwsh ./build.ps1 bench` starts a throwaway cluster when the PostgreSQL server binaries are installed");
        }

        if (await BenchDatabase.ProbeAsync(server, cancellationToken) is { } unreachable)
        {
            return RegistrySearchSection.Skipped("the notifications benchmark", $"the server in {BenchDatabase.ServerVariable} does not answer: {unreachable}");
        }

        // Declared first, disposed last: the database is dropped only after the hosts are killed.
        await using var database = await BenchDatabase.CreateAsync(server, load.KeepDatabase, context.Log, cancellationToken);
        var loadBefore = MachineLoad.Now();
        var (data, steps, run, scan) = await ScanAsync(context, database, cancellationToken);

        DeliveryResults? delivery = null;
        var (sink, missing) = await SmtpSink.StartAsync(cancellationToken);
        if (sink is null)
        {
            context.Log.WriteLine($"  delivery skipped: {missing}");
        }
        else
        {
            await using (sink)
            {
                delivery = await DeliveryAsync(context, database, run, TimeSpan.FromSeconds(scan.Host.Median), sink.Port, cancellationToken);
            }
        }

        var facts = new NotificationsFacts(
            await database.ScalarAsync("SHOW server_version", cancellationToken),
            await database.ScalarAsync("SELECT 'fsync ' || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit')", cancellationToken),
            await database.ScalarAsync("""SELECT pg_size_pretty(pg_total_relation_size('certification."Certificates"'))""", cancellationToken),
            new MachineLoad(loadBefore, MachineLoad.Now()));
        return NotificationsReport.Render(options, facts, data, steps, scan, delivery, missing);
    }

    /// <summary>The certificates and the holders' accounts, then the scan measured on a host without a job server.</summary>
    private async Task<(CertificationData Data, List<GenerationStep> Steps, ExpiryRun Run, ScanResults Scan)> ScanAsync(
        BenchContext context, BenchDatabase database, CancellationToken cancellationToken)
    {
        context.Log.WriteLine("  starting Cqo.Host on PostgreSQL without a job server (migrates and seeds)...");
        var app = NotificationsApps.Scan(context.Host, database.ConnectionString);
        await using var host = await RunningApp.StartAsync(app, s_startTimeout, cancellationToken);
        try
        {
            var today = TimeProvider.System.Today();
            var data = await new CertificationDataGenerator(database.DataSource, context.Log)
                .RunAsync(new CertificationOptions(Certificates: options.Certificates), today, cancellationToken);
            context.Log.WriteLine($"  generated in {data.Total.TotalSeconds:F1} s: {CertificationReport.Statuses(data)}");
            using var rules = new RuleClient(host.BaseAddress, await OAuthSignIn.AccessTokenAsync(host.BaseAddress, "admin", NotificationsApps.AdminPassword(app), cancellationToken));
            var run = ExpiryRunOf(await rules.RuleAsync(cancellationToken), today);
            var steps = data.Steps.ToList();
            HolderAccountsResult? accounts = null;
            await RegistryDataGenerator.TimedAsync(steps, "Holder accounts for the certificates due today (INSERT … SELECT; VACUUM ANALYZE)", 0, async () =>
                accounts = await HolderAccounts.CreateAsync(database.DataSource, run.EventDays, cancellationToken), context.Log);
            context.Log.WriteLine($"    {accounts!.Accounts:N0} accounts; {accounts.CertificatesGivenAHolder:N0} due certificates had no holder account id and were given one");
            steps[^1] = steps[^1] with { Rows = accounts.Accounts };
            var scan = await ExpiryScanBenchmark.MeasureAsync(context, database.DataSource, rules, run);
            host.EnsureRunning();
            return (data, steps, run, scan with { Accounts = accounts });
        }
        catch (Exception ex) when (ex is HttpRequestException or NpgsqlException or BenchmarkFailedException { Output.Count: 0 })
        {
            throw new BenchmarkFailedException($"Notifications (scan): {ex.Message}", host.Output);
        }
    }

    private async Task<DeliveryResults> DeliveryAsync(
        BenchContext context, BenchDatabase database, ExpiryRun run, TimeSpan runTime, int smtpPort, CancellationToken cancellationToken)
    {
        context.Log.WriteLine($"  starting Cqo.Host with its job server, SMTP at the sink on port {smtpPort}...");
        var app = NotificationsApps.Delivery(context.Host, database.ConnectionString, smtpPort);
        await using var host = await RunningApp.StartAsync(app, s_startTimeout, cancellationToken);
        try
        {
            using var rules = new RuleClient(host.BaseAddress, await OAuthSignIn.AccessTokenAsync(host.BaseAddress, "admin", NotificationsApps.AdminPassword(app), cancellationToken));
            var delivery = await DeliveryBenchmark.MeasureAsync(context, options, database.DataSource, rules, run, runTime, smtpPort);
            host.EnsureRunning();
            return delivery;
        }
        catch (Exception ex) when (ex is HttpRequestException or NpgsqlException or BenchmarkFailedException { Output.Count: 0 })
        {
            throw new BenchmarkFailedException($"Notifications (delivery): {ex.Message}", host.Output);
        }
    }

    /// <summary>Today's run of the seeded rule, which the raw baseline mirrors: holders only, by e-mail and in the inbox.</summary>
    private static ExpiryRun ExpiryRunOf(ReminderRuleDto rule, DateOnly today)
    {
        if (!rule.Enabled || rule.Audiences != ReminderAudience.Holder || rule.Channels != (NotificationChannel.Email | NotificationChannel.Inbox))
        {
            throw new BenchmarkFailedException($"The '{rule.Key}' rule is not as seeded (enabled, holders, e-mail and inbox): {rule.Enabled}, {rule.Audiences}, {rule.Channels}.");
        }

        var template = rule.Templates.Single(t => t.Culture == "zh-CN");
        return new ExpiryRun(rule.Id, new ReminderWindow(today, rule.Offsets, rule.CatchUpDays, rule.Audiences), template.Subject, template.Body, BaseUrl + "/certification/mine");
    }
}
