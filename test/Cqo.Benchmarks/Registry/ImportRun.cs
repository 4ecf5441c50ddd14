using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cqo.Benchmarks.Infrastructure;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// One measured import and where its time went: the upload (stored, batch recorded, job queued), the wait for a
/// job worker, then validation and insertion as the host's own log line times them.
/// </summary>
internal sealed record ImportResult(
    string Kind,
    int Rows,
    long FileBytes,
    TimeSpan Upload,
    TimeSpan Total,
    TimeSpan? Queued,
    TimeSpan? Validating,
    TimeSpan? Inserting,
    GenerationStep Copy)
{
    public double RowsPerSecond => Rows / Total.TotalSeconds;
}

/// <summary>
/// Uploads an import file the way the imports page does (<c>POST /api/registry/imports</c>, multipart) and polls the
/// batch until it is finished. The clock runs from the start of the upload to the poll that sees the batch finished.
/// </summary>
internal static partial class ImportRun
{
    // Fine enough against imports of tens of seconds, rare enough not to slow the job down.
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(200);

    public static async Task<ImportResult> RunAsync(
        RunningApp host, string accessToken, string kind, byte[] file, int rows, GenerationStep copy, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        // The batch's message ends up in the benchmark's failure, read by whoever runs it.
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent
        {
            { content, "file", $"bench-{kind.ToLowerInvariant()}.csv" },
            { new StringContent(kind), "kind" },
            { new StringContent("AllOrNothing"), "mode" },
        };

        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/api/registry/imports", form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new BenchmarkFailedException(
                $"Import of {kind}: the upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}", host.Output);
        }

        var upload = watch.Elapsed;
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
        var batch = await FinishedAsync(client, host, id, watch, timeout, cancellationToken);
        var total = watch.Elapsed;
        var status = batch.GetProperty("status").GetString();
        var imported = batch.GetProperty("importedRows").GetInt32();
        if (status != "Completed" || imported != rows)
        {
            throw new BenchmarkFailedException(
                $"Import of {kind}: batch {id} is {status} with {imported:N0} of {rows:N0} rows imported: {Text(batch, "message") ?? "(no message)"}"
                + await FirstErrorsAsync(client, id, cancellationToken),
                host.Output);
        }

        var (validating, inserting) = await HostTimingsAsync(host, id, cancellationToken);
        return new ImportResult(kind, rows, file.LongLength, upload, total, Between(batch, "createdAt", "startedAt"), validating, inserting, copy);
    }

    private static async Task<JsonElement> FinishedAsync(
        HttpClient client, RunningApp host, Guid id, Stopwatch watch, TimeSpan timeout, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(s_pollInterval, cancellationToken);
            var batch = await client.GetFromJsonAsync<JsonElement>($"/api/registry/imports/{id}", cancellationToken);
            if (batch.GetProperty("status").GetString() is "Completed" or "Rejected" or "Failed")
            {
                return batch;
            }

            host.EnsureRunning();
            if (watch.Elapsed > timeout)
            {
                throw new BenchmarkFailedException(
                    $"Import batch {id} still {batch.GetProperty("status").GetString()} after {timeout.TotalMinutes:F0} min "
                    + $"({batch.GetProperty("processedRows").GetInt32():N0} rows checked, {batch.GetProperty("importedRows").GetInt32():N0} imported).",
                    host.Output);
            }
        }
    }

    /// <summary>The first few row errors, so that a rejected file says what was wrong with it.</summary>
    private static async Task<string> FirstErrorsAsync(HttpClient client, Guid id, CancellationToken cancellationToken)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/registry/imports/{id}/errors?take=5", cancellationToken);
        var errors = page.GetProperty("items").EnumerateArray()
            .Select(e => $"row {e.GetProperty("rowNumber").GetInt32()}, {e.GetProperty("column").GetString()}: {e.GetProperty("message").GetString()}")
            .ToList();
        return errors.Count == 0 ? "" : $" First errors: {string.Join("; ", errors)}.";
    }

    /// <summary>
    /// Validation and insertion times from the host's "Import batch …" log line (RunImportHandler, raised to
    /// Information for it by <see cref="RegistryApps.Host"/>); null when the line is not in the output's tail. The
    /// line is written a moment after "completed" commits, so it is waited for briefly.
    /// </summary>
    private static async Task<(TimeSpan?, TimeSpan?)> HostTimingsAsync(RunningApp host, Guid id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            foreach (var line in host.Output)
            {
                if (line.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase) && BatchTimings().Match(line) is { Success: true } match)
                {
                    return (Milliseconds(match.Groups[1].Value), Milliseconds(match.Groups[2].Value));
                }
            }

            await Task.Delay(100, cancellationToken);
        }

        return (null, null);
    }

    private static TimeSpan Milliseconds(string value) => TimeSpan.FromMilliseconds(long.Parse(value, CultureInfo.InvariantCulture));

    private static TimeSpan? Between(JsonElement batch, string from, string to) =>
        batch.TryGetProperty(from, out var start) && start.ValueKind == JsonValueKind.String
        && batch.TryGetProperty(to, out var end) && end.ValueKind == JsonValueKind.String
            ? end.GetDateTimeOffset() - start.GetDateTimeOffset()
            : null;

    private static string? Text(JsonElement batch, string property) =>
        batch.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"validated in (\d+) ms, \d+ inserted in (\d+) ms")]
    private static partial Regex BatchTimings();
}
