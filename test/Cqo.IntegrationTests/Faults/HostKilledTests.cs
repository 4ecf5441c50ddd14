using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Cqo.Certification.Contracts;
using Cqo.Certification.Infrastructure;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cqo.IntegrationTests.Faults;

/// <summary>
/// A host process is killed (no shutdown, as a power cut or an OOM kill) in the middle of a burst of
/// certificate issues, and another host takes over the same database. Every certificate answered 201
/// exists once, nobody got two, and the numbers stay gap-free: the counter and the certificate commit
/// together or not at all.
/// </summary>
public sealed class HostKilledTests(ITestOutputHelper output)
{
    private const int People = 40;

    [PostgreSqlFact]
    public async Task A_host_killed_while_issuing_certificates_leaves_numbers_gap_free_and_no_certificate_lost_or_doubled()
    {
        await using var arranger = new CqoApp(new Dictionary<string, string> { ["Jobs:Server"] = "false" });
        await arranger.InitializeAsync();
        var registry = new RegistryApi(arranger);
        var enterprise = await registry.RegisterEnterpriseAsync(RegistryApi.Xuhui);
        var people = new List<Guid>();
        for (var i = 0; i < People; i++)
        {
            people.Add((await registry.CreatePersonAsync(enterprise.Id)).Id);
        }

        var secret = await ChildHosts.MunicipalClientAsync(arranger, CertificationPermissions.Certificates, CertificationPermissions.CertificatesIssue);
        var settings = ChildHosts.Settings(arranger);
        var answered = new ConcurrentDictionary<Guid, int>();
        var first = await HostProcess.StartAsync(settings);
        var burst = new List<Task>();
        try
        {
            var issuer = await ChildHosts.BearerClientAsync(first, secret);
            var queue = new ConcurrentQueue<Guid>(people);
            burst = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
            {
                while (queue.TryDequeue(out var person))
                {
                    try
                    {
                        using var response = await issuer.PostAsJsonAsync("/api/certification/certificates", new { personId = person, reason = "外省培训证书认定" }, Json.Options);
                        answered[person] = (int)response.StatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        answered[person] = 0; // the host died with the request open
                        return;
                    }
                }
            })).ToList();

            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (answered.Values.Count(s => s == 201) < People / 4 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(5);
            }
        }
        finally
        {
            await first.DisposeAsync(); // kills the process: no graceful shutdown
            await Task.WhenAll(burst);
        }

        var created = answered.Where(a => a.Value == 201).Select(a => a.Key).ToList();
        var afterKill = await CertificatesAsync(arranger, people);
        output.WriteLine($"killed after {created.Count} answered 201 ({answered.Count - created.Count} cut off); {afterKill.Count} stored");
        created.ShouldAllBe(person => afterKill.Count(c => c.PersonId == person) == 1);
        afterKill.GroupBy(c => c.PersonId).ShouldAllBe(g => g.Count() == 1);
        ShouldBeGapFree(afterKill);

        // A second host takes over and issues to everyone still without a certificate.
        await using var second = await HostProcess.StartAsync(settings);
        var takeover = await ChildHosts.BearerClientAsync(second, secret);
        foreach (var person in people.Except(afterKill.Select(c => c.PersonId!.Value)))
        {
            using var response = await takeover.PostAsJsonAsync("/api/certification/certificates", new { personId = person, reason = "外省培训证书认定" }, Json.Options);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        var all = await CertificatesAsync(arranger, people);
        all.Count.ShouldBe(People);
        all.GroupBy(c => c.PersonId).ShouldAllBe(g => g.Count() == 1);
        ShouldBeGapFree(all);
        ReliabilityLog.Record("Faults", "Host process killed during a burst of certificate issues; a second host takes over", "every 201 stored once; nobody twice; numbers gap-free", new Dictionary<string, object>
        {
            ["people"] = People,
            ["201 before the kill"] = created.Count,
            ["stored at the kill"] = afterKill.Count,
            ["numbers"] = $"{all.Min(c => c.Number)} … {all.Max(c => c.Number)}",
        });
    }

    /// <summary>Issues go to one year and district, so their sequence parts must run 1, 2, 3 … without a hole.</summary>
    private static void ShouldBeGapFree(List<(Guid? PersonId, string Number)> certificates)
    {
        var sequence = certificates.Select(c => int.Parse(c.Number[^6..], CultureInfo.InvariantCulture)).Order().ToList();
        sequence.ShouldBe(Enumerable.Range(sequence.FirstOrDefault(1), sequence.Count).ToList(), "certificate numbers with a gap or a repeat");
    }

    private static async Task<List<(Guid? PersonId, string Number)>> CertificatesAsync(CqoApp app, List<Guid> people)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<CertificationDbContext>().Certificates.IgnoreQueryFilters([QueryFilters.DataScope])
            .Where(c => c.PersonId != null && people.Contains(c.PersonId.Value)).Select(c => new { c.PersonId, c.Number }).ToListAsync();
        return [.. rows.Select(r => (r.PersonId, r.Number))];
    }
}
