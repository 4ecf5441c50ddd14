using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Cqo.Benchmarks.Registry;

/// <summary>Sequential latencies (ms) and the <c>totalCount</c> of each answer (a single object: 1, a 404: 0).</summary>
internal sealed record LatencyResult(IReadOnlyList<double> Milliseconds, IReadOnlyList<int> TotalCounts);

/// <summary>Answers counted with <see cref="Clients"/> clients over <see cref="Elapsed"/> (the sum of the subject's slices).</summary>
internal sealed record ThroughputResult(int Clients, long Requests, TimeSpan Elapsed)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// Drives the host and the bare app over keep-alive connections, interleaved so that whatever else runs on the
/// machine weighs on both alike: latency alternates the two per search term, throughput alternates one-second
/// slices. Every answer must be 200 (or, where the caller expects it of a URL, 404 for a lookup of an unknown key):
/// a 401 from an expired token or a 500 would otherwise pass for a fast answer.
/// </summary>
internal static class LoadRunner
{
    private static readonly TimeSpan s_slice = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The same search terms, each sent to both subjects, the order alternating (the second finds the rows
    /// cached); <paramref name="requests"/> per subject, or fewer when <paramref name="budget"/> runs out first.
    /// </summary>
    public static Task<(LatencyResult Host, LatencyResult Bare)> LatencyAsync(
        SearchSubject host, SearchSubject bare, SearchCase searchCase, int seed, int warmup, int requests, TimeSpan budget,
        CancellationToken cancellationToken) =>
        LatencyAsync(
            host.ClientFor(searchCase),
            bare.ClientFor(searchCase),
            random =>
            {
                var search = searchCase.Draw(random);
                return (host.Url(search), bare.Url(search));
            },
            seed, warmup, requests, budget, cancellationToken);

    /// <summary>As above, for any pair of clients: <paramref name="draw"/> gives one request as each subject's URL.</summary>
    public static async Task<(LatencyResult Host, LatencyResult Bare)> LatencyAsync(
        HttpClient hostClient, HttpClient bareClient, Func<Random, (string Host, string Bare)> draw, int seed, int warmup, int requests,
        TimeSpan budget, CancellationToken cancellationToken, Func<string, HttpStatusCode>? expected = null)
    {
        var random = new Random(seed);
        var results = new[] { (Ms: new List<double>(), Counts: new List<int>()), (Ms: new List<double>(), Counts: new List<int>()) };
        var measuring = Stopwatch.StartNew();
        for (var i = 0; i < warmup + requests && (i <= warmup || measuring.Elapsed < budget); i++)
        {
            if (i == warmup)
            {
                measuring.Restart();
            }

            var urls = draw(random);
            foreach (var which in i % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                var started = Stopwatch.GetTimestamp();
                var url = which == 0 ? urls.Host : urls.Bare;
                var status = expected?.Invoke(url) ?? HttpStatusCode.OK;
                var body = await GetAsync(which == 0 ? hostClient : bareClient, url, status, cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (i >= warmup)
                {
                    results[which].Ms.Add(elapsed);
                    results[which].Counts.Add(status == HttpStatusCode.OK ? TotalCount(body) : 0);
                }
            }
        }

        return (new LatencyResult(results[0].Ms, results[0].Counts), new LatencyResult(results[1].Ms, results[1].Counts));
    }

    /// <summary><paramref name="seconds"/> one-second slices per subject, alternating, after <paramref name="warmup"/> each.</summary>
    public static Task<(ThroughputResult Host, ThroughputResult Bare)> ThroughputAsync(
        SearchSubject host, SearchSubject bare, SearchCase searchCase, int seed, int clients, TimeSpan warmup, int seconds, CancellationToken cancellationToken) =>
        ThroughputAsync(
            (host.ClientFor(searchCase), host.Urls(searchCase)), (bare.ClientFor(searchCase), bare.Urls(searchCase)),
            seed, clients, warmup, seconds, cancellationToken);

    /// <summary>As above, for any pair of clients, each with how it draws its next URL.</summary>
    public static async Task<(ThroughputResult Host, ThroughputResult Bare)> ThroughputAsync(
        (HttpClient Client, Func<Random, string> Urls) host, (HttpClient Client, Func<Random, string> Urls) bare,
        int seed, int clients, TimeSpan warmup, int seconds, CancellationToken cancellationToken, Func<string, HttpStatusCode>? expected = null)
    {
        await RunAsync(host.Client, host.Urls, seed, clients, warmup, cancellationToken, expected);
        await RunAsync(bare.Client, bare.Urls, seed, clients, warmup, cancellationToken, expected);
        var requests = new long[2];
        var elapsed = new TimeSpan[2];
        for (var slice = 0; slice < seconds; slice++)
        {
            foreach (var which in slice % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                var subject = which == 0 ? host : bare;
                var stopwatch = Stopwatch.StartNew();
                // The same seed per slice for both subjects: the same mix of search terms.
                requests[which] += await RunAsync(subject.Client, subject.Urls, seed + slice + 1, clients, s_slice, cancellationToken, expected);
                elapsed[which] += stopwatch.Elapsed;
            }
        }

        return (new ThroughputResult(clients, requests[0], elapsed[0]), new ThroughputResult(clients, requests[1], elapsed[1]));
    }

    /// <summary>Keeps <paramref name="clients"/> loops busy for <paramref name="duration"/>; returns the answers counted.</summary>
    public static async Task<long> RunAsync(
        HttpClient client, Func<Random, string> nextUrl, int seed, int clients, TimeSpan duration, CancellationToken cancellationToken,
        Func<string, HttpStatusCode>? expected = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, clients).Select(worker => Task.Run(
            async () =>
            {
                var random = new Random((seed * 1000) + worker);
                long done = 0;
                while (Stopwatch.GetTimestamp() < deadline)
                {
                    var url = nextUrl(random);
                    await GetAsync(client, url, expected?.Invoke(url) ?? HttpStatusCode.OK, cancellationToken);
                    done++;
                }

                return done;
            },
            cancellationToken));
        return (await Task.WhenAll(workers)).Sum();
    }

    public static Task<byte[]> GetAsync(HttpClient client, string url, CancellationToken cancellationToken) =>
        GetAsync(client, url, HttpStatusCode.OK, cancellationToken);

    /// <summary>The answer's body; any status but <paramref name="expected"/> fails the run.</summary>
    public static async Task<byte[]> GetAsync(HttpClient client, string url, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.StatusCode == expected
            ? body
            : throw new BenchmarkFailedException(
                $"GET {client.BaseAddress}{url.TrimStart('/')} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
    }

    /// <summary>A page's <c>totalCount</c>; 1 for an answer that is a single object rather than a page.</summary>
    private static int TotalCount(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("totalCount", out var total) ? total.GetInt32() : 1;
    }
}
