using System.Diagnostics;
using System.Text.Json;
using Cqo.Benchmarks.Registry;
using Npgsql;

namespace Cqo.Benchmarks.Oversight;

/// <summary>
/// One case's timings in milliseconds: the host's requests as they come (periods that are over kept from the previous
/// request), the host's requests right after the facts' versions were counted up (everything computed again), the raw
/// SQL's runs; and the size of the table all gave.
/// </summary>
internal sealed record FigureResult(FigureCase Case, int Rows, IReadOnlyList<double> Host, IReadOnlyList<double> Recomputed, IReadOnlyList<double> Raw)
{
    public double HostP50 => Statistics.Median(Host);

    public double HostP95 => Statistics.Percentile(Host, 95);

    public double RecomputedP50 => Statistics.Median(Recomputed);

    public double RecomputedP95 => Statistics.Percentile(Recomputed, 95);

    public double RawP50 => Statistics.Median(Raw);

    public double RawP95 => Statistics.Percentile(Raw, 95);

    /// <summary>Host over raw, medians: the 1.2 target.</summary>
    public double Ratio => HostP50 / RawP50;

    public double RecomputedRatio => RecomputedP50 / RawP50;
}

/// <summary>
/// Every case on both subjects: first the two tables compared (the host's JSON and the raw SQL's rows must hold the
/// same numbers, or the run fails), then a few discarded runs of each, then the measured runs, host and raw
/// alternating and the order swapping every run, so both see the same moments of a shared machine. Host: wall-clock
/// of <c>GET</c> with the caller's bearer token, the body read and parsed as JSON. Raw: a pooled connection opened, the statements run,
/// the rows read and the table built (sums, percentiles).
/// </summary>
internal static class FigureBenchmark
{
    public static async Task<IReadOnlyList<FigureResult>> MeasureAsync(
        BenchContext context, OversightOptions options, NpgsqlDataSource database, Uri host, IReadOnlyDictionary<string, string> tokens, DateOnly today)
    {
        var cancellationToken = context.CancellationToken;
        var clients = tokens.ToDictionary(t => t.Key, t => SearchSubject.Client(host, t.Value));
        try
        {
            var results = new List<FigureResult>();
            foreach (var c in FigureCase.All(today))
            {
                var raw = RawFigures.For(c.Figure);
                var client = clients[c.Caller];
                var hostTable = FigureTable.FromHost(await HostAsync(client, c, cancellationToken));
                var rawTable = await RawAsync(database, raw, c, today, cancellationToken);
                if (hostTable.Differences(rawTable) is { Length: > 0 } differences)
                {
                    throw new BenchmarkFailedException($"{c.Figure.Key}, {c.Query} [{c.Caller}]: the host's table and the raw SQL's differ: {differences}");
                }

                await using (var connection = await database.OpenConnectionAsync(cancellationToken))
                {
                    if (await raw.CheckAsync(connection, c, today, hostTable, cancellationToken) is { Length: > 0 } disagreement)
                    {
                        throw new BenchmarkFailedException($"{c.Figure.Key}, {c.Query} [{c.Caller}]: the host's table and the figure's definition differ: {disagreement}");
                    }
                }

                for (var i = 0; i < options.Warmup; i++)
                {
                    await HostAsync(client, c, cancellationToken);
                    await RawAsync(database, raw, c, today, cancellationToken);
                }

                var (hostTimes, recomputedTimes, rawTimes) = (new List<double>(), new List<double>(), new List<double>());
                for (var i = 0; i < options.Runs; i++)
                {
                    // Every third run, one request after a change to every month of the figure's facts: the cost of computing it.
                    if (i % 3 == 0)
                    {
                        await TouchAsync(database, c, cancellationToken);
                        // The versions the last request read are trusted a while longer; after that the change is seen.
                        await Task.Delay(OversightApps.VersionsTrusted + TimeSpan.FromMilliseconds(50), cancellationToken);
                        var started = Stopwatch.GetTimestamp();
                        await HostAsync(client, c, cancellationToken);
                        recomputedTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }

                    var hostFirst = i % 2 == 0;
                    for (var turn = 0; turn < 2; turn++)
                    {
                        var started = Stopwatch.GetTimestamp();
                        if ((turn == 0) == hostFirst)
                        {
                            await HostAsync(client, c, cancellationToken);
                            hostTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        }
                        else
                        {
                            await RawAsync(database, raw, c, today, cancellationToken);
                            rawTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        }
                    }
                }

                var result = new FigureResult(c, hostTable.Rows, hostTimes, recomputedTimes, rawTimes);
                context.Log.WriteLine(
                    $"  {c.Figure.Key,-22} {c.Query,-38} {c.Caller,-9} host {result.HostP50,7:F1} / {result.HostP95,7:F1} ms  recomputed {result.RecomputedP50,7:F1} / {result.RecomputedP95,7:F1} ms  raw {result.RawP50,7:F1} / {result.RawP95,7:F1} ms  {result.Ratio,5:F2}× {result.RecomputedRatio,5:F2}×");
                results.Add(result);
            }

            return results;
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>Counts up the version of every month of the figure's kind of fact, as a change to each would: the host's kept cells no longer serve.</summary>
    private static async Task TouchAsync(NpgsqlDataSource database, FigureCase c, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""UPDATE oversight."FactVersions" SET "Version" = "Version" + 1 WHERE "Kind" = $1""");
        command.Parameters.AddWithValue(c.Figure.GetType().GetGenericArguments()[0].Name);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<JsonElement> HostAsync(HttpClient client, FigureCase c, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(c.HostUrl, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkFailedException($"GET {c.HostUrl} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }

        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    private static async Task<FigureTable> RawAsync(NpgsqlDataSource database, RawFigure raw, FigureCase c, DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await raw.RunAsync(connection, c, today, cancellationToken);
    }
}
