using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cqo.Benchmarks.Registry;

namespace Cqo.Benchmarks.Training;

/// <summary>An officer account of the host and its access token.</summary>
internal sealed record Officer(Guid Id, string UserName, string DisplayName, string AccessToken);

/// <summary>The officers and how long making them took.</summary>
internal sealed record OfficerAccounts(IReadOnlyList<Officer> All, TimeSpan Created, TimeSpan SignedIn, int Parallel);

/// <summary>
/// Officers as an administrator makes them: <c>POST /api/identity/users</c> as the platform administrator, an
/// individual scope with no organisation (so applications need no sponsor), the Officer role; then each signs
/// in the way the SPA does (<see cref="OAuthSignIn"/>). A few at a time: each costs a password hash on both
/// steps, which is the point of the hash.
/// </summary>
internal static class Officers
{
    private const string Password = "Bench@2026officer";
    private const int Parallel = 4;

    public static async Task<OfficerAccounts> CreateAsync(Uri host, string adminPassword, int count, TextWriter log, CancellationToken cancellationToken)
    {
        var random = new Random(20_261_129);
        var names = Enumerable.Range(0, count).Select(i => ($"bench.officer.{i:D4}", ProviderFaker.PersonName(random))).ToArray();
        log.WriteLine($"  creating {count:N0} officers as admin (POST /api/identity/users, {Parallel} at a time)...");
        var adminToken = await OAuthSignIn.AccessTokenAsync(host, "admin", adminPassword, cancellationToken);
        using var admin = SearchSubject.Client(host, adminToken);
        var ids = new Guid[count];
        var watch = Stopwatch.StartNew();
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (i, ct) =>
                ids[i] = await CreateAsync(admin, names[i].Item1, names[i].Item2, ct));
        var created = watch.Elapsed;
        log.WriteLine($"    done in {created.TotalSeconds:F1} s; signing each in (authorization code + PKCE)...");

        var tokens = new string[count];
        watch.Restart();
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (i, ct) =>
                tokens[i] = await OAuthSignIn.AccessTokenAsync(host, names[i].Item1, Password, ct));
        log.WriteLine($"    done in {watch.Elapsed.TotalSeconds:F1} s");
        return new OfficerAccounts(
            [.. names.Select((n, i) => new Officer(ids[i], n.Item1, n.Item2, tokens[i]))], created, watch.Elapsed, Parallel);
    }

    private static async Task<Guid> CreateAsync(HttpClient admin, string userName, string displayName, CancellationToken cancellationToken)
    {
        using var response = await admin.PostAsJsonAsync("/api/identity/users", new
        {
            userName,
            displayName,
            password = Password,
            scope = new { kind = "Individual" },
            roles = new[] { "Officer" },
        }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new BenchmarkFailedException(
                $"Creating officer {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
    }
}
