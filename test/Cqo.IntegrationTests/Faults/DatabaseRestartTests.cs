using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.Registry.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cqo.IntegrationTests.Faults;

/// <summary>
/// The database goes away in the middle of a burst of registrations (every connection dropped, new
/// ones refused for two seconds, as in a restart) and comes back. Callers meanwhile get 503 with
/// Retry-After, never a 500; the host serves again once it is back; and the registry reconciles
/// with what callers were told: every 201 is stored once.
/// </summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_outage = TimeSpan.FromSeconds(2);
    private const int Served = 24;

    [PostgreSqlFact]
    public async Task A_restart_during_a_burst_gives_503_meanwhile_loses_no_registration_and_is_recovered_from()
    {
        await using var host = await HostBehindProxy.StartAsync();
        var (app, proxy) = (host.App, host.Database);
        var municipal = new RegistryApi(app).Municipal();

        // Warm: the first registrations pay for compiling the path, which would hide the outage's start.
        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => new RegistryApi(app).RegisterEnterpriseAsync(caller: municipal)));
        var answers = new ConcurrentBag<Answer>();
        using var stop = new CancellationTokenSource();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var workers = Enumerable.Range(0, 12).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var uscc = IdentityApi.NewUscc();
                using var response = await municipal.PostAsJsonAsync("/api/registry/enterprises", RegistryApi.NewEnterprise(uscc), Json.Options);
                var body = await response.Content.ReadAsStringAsync();
                answers.Add(new Answer(uscc, (int)response.StatusCode, clock.Elapsed, body, response.Headers.RetryAfter?.Delta));
            }
        })).ToList();

        // Phases follow what callers saw, not fixed times: under a loaded CI machine 2 s may pass before any answer.
        await ServedAsync(answers, since: TimeSpan.Zero);
        var cutAt = clock.Elapsed;
        proxy.Cut();
        await Task.Delay(s_outage);
        proxy.Restore();
        var restoredAt = clock.Elapsed;
        await ServedAsync(answers, since: restoredAt);
        var recovered = answers.Where(a => a.Status == 201 && a.At > restoredAt).Select(a => a.At).Order().First() - restoredAt;
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var statuses = answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}");
        output.WriteLine($"{answers.Count} registrations: {string.Join(", ", statuses)}; cut at {cutAt.TotalSeconds:0.0} s, back at {restoredAt.TotalSeconds:0.0} s");
        answers.Where(a => a.Status is not (201 or 503)).Select(a => $"{a.Status} at {a.At.TotalSeconds:0.0} s: {a.Body}").ShouldBeEmpty();
        var unavailable = answers.Where(a => a.Status == 503).ToList();
        unavailable.ShouldNotBeEmpty("the outage was not seen");
        unavailable.ShouldAllBe(a => a.RetryAfter == TimeSpan.FromSeconds(5) && JsonDocument.Parse(a.Body).RootElement.GetProperty("code").GetString() == "database_unavailable");
        recovered.ShouldBeLessThan(TimeSpan.FromSeconds(10), "the host serves again soon after the database is back");

        // Reconcile: every 201 is stored once; a 503 may have committed before its connection broke, never twice.
        var stored = await StoredAsync(app, [.. answers.Select(a => a.Uscc)]);
        answers.Where(a => a.Status == 201).Where(a => stored.GetValueOrDefault(a.Uscc) != 1).Select(a => a.Uscc).ShouldBeEmpty("registrations answered 201 but not stored once");
        stored.Values.ShouldAllBe(count => count == 1);
        var storedDespite503 = unavailable.Count(a => stored.ContainsKey(a.Uscc));
        output.WriteLine($"{storedDespite503} of {unavailable.Count} answered 503 were stored nonetheless");
        ReliabilityLog.Record("Faults", "Database gone for 2 s during a burst of registrations (12 callers)", "no 500; every 201 stored once; served again after the return", new Dictionary<string, object>
        {
            ["registrations"] = answers.Count,
            ["201"] = answers.Count(a => a.Status == 201),
            ["503 with Retry-After"] = unavailable.Count,
            ["first 201 after the return (s)"] = Math.Round(recovered.TotalSeconds, 1),
            ["503 stored nonetheless"] = storedDespite503,
        });
    }

    /// <summary>Waits until callers have had <see cref="Served"/> registrations answered 201 since <paramref name="since"/>.</summary>
    private static async Task ServedAsync(ConcurrentBag<Answer> answers, TimeSpan since)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (answers.Count(a => a.Status == 201 && a.At > since) < Served)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"fewer than {Served} registrations served in a minute");
            await Task.Delay(20);
        }
    }

    private static async Task<Dictionary<string, int>> StoredAsync(CqoApp app, List<string> usccs)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return await db.Enterprises.IgnoreQueryFilters().Where(e => usccs.Contains(e.Uscc)).GroupBy(e => e.Uscc)
            .ToDictionaryAsync(g => g.Key, g => g.Count());
    }

    private sealed record Answer(string Uscc, int Status, TimeSpan At, string Body, TimeSpan? RetryAfter);
}
