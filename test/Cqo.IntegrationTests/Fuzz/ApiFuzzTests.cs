using System.Net.Http.Headers;
using System.Text;
using Cqo.IntegrationTests.Authorization;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cqo.IntegrationTests.Fuzz;

/// <summary>
/// Bad input over every operation of the OpenAPI document: bodies made from each operation's schema
/// with nasty fields (<see cref="JsonFuzzer"/>), fuzzed query strings and route values, sent by a
/// caller the matrix lets in. Whatever arrives, the answer is never a 5xx, and a refused change
/// writes nothing (no entity change is recorded, and every change is recorded in its transaction).
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class ApiFuzzTests(FuzzHost host, ITestOutputHelper output)
{
    public const int Cases = 10_000;
    public const int FixedSeed = 20_261_128;

    [Fact]
    public Task Cases_from_the_fixed_seed_never_get_a_server_error_nor_write_when_refused() => RunAsync(FixedSeed);

    [Fact]
    public Task Cases_from_a_random_seed_never_get_a_server_error_nor_write_when_refused() => RunAsync(Random.Shared.Next());

    private async Task RunAsync(int seed)
    {
        output.WriteLine($"seed {seed}"); // rerun a failure with this seed in place of the random one
        var document = await OpenApiDocument.ReadAsync(host.App.CreateClient());
        var random = new Random(seed);
        var fuzzer = new JsonFuzzer(document.Components, random);
        var rows = MatrixTable.Rows.ToDictionary(r => r.Key);
        var failures = new List<string>();
        var refusedWrites = 0;
        var statuses = new SortedDictionary<int, int>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Cases && failures.Count < 20; i++)
        {
            var operation = document.Operations[random.Next(document.Operations.Count)];
            var (column, caller) = CallerLetIn(rows.GetValueOrDefault(operation.Key), random);
            using var request = Request(operation, fuzzer, random);
            var uri = request.RequestUri!.OriginalString;
            var changesBefore = operation.Method == "GET" ? 0 : await CountChangesAsync();
            using var response = await caller.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                var body = await response.Content.ReadAsStringAsync();
                failures.Add($"case {i}: {operation.Method} {uri[..Math.Min(uri.Length, 200)]} as {column} → {status} {body[..Math.Min(body.Length, 300)]}");
            }
            else if (status >= 400 && operation.Method != "GET")
            {
                refusedWrites++;
                if (await CountChangesAsync() != changesBefore)
                {
                    failures.Add($"case {i}: {operation.Method} {uri[..Math.Min(uri.Length, 200)]} as {column} → {status}, yet it changed data");
                }
            }
        }

        output.WriteLine($"{Cases} cases in {clock.Elapsed.TotalSeconds:0} s, {refusedWrites} refused changes checked for writes; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key} × {s.Value}"))}");
        failures.ShouldBeEmpty($"seed {seed}");
        ReliabilityLog.Record("Bad input", $"API fuzzing, seed {seed}{(seed == FixedSeed ? " (fixed)" : " (random)")}", "no 5xx; no refused change wrote", new Dictionary<string, object>
        {
            ["cases"] = Cases,
            ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds),
            ["refused changes checked"] = refusedWrites,
            ["statuses"] = string.Join(", ", statuses.Select(s => $"{s.Key} × {s.Value}")),
        });
    }

    /// <summary>Mostly a caller the matrix lets past authorization (so the body is read at all), sometimes anyone.</summary>
    private (string Column, HttpClient Client) CallerLetIn(MatrixRow? row, Random random)
    {
        var letIn = row is null ? [] : host.Callers.Where((_, i) => row.Codes[i] is not (401 or 403)).ToList();
        return letIn.Count > 0 && random.Next(10) > 0 ? letIn[random.Next(letIn.Count)] : host.Callers[random.Next(host.Callers.Count)];
    }

    private HttpRequestMessage Request(OpenApiOperation operation, JsonFuzzer fuzzer, Random random)
    {
        // A NUL in the path never reaches the app (Kestrel answers 400); the in-memory test server throws instead.
        var path = host.Targets.PathOf(operation.Template, _ => random.Next(10) == 0 ? fuzzer.QueryValue().Replace("\0", "", StringComparison.Ordinal) : null);
        var query = operation.Query.Where(q => q.Required || random.Next(2) == 0)
            .Select(q => $"{q.Name}={Uri.EscapeDataString(random.Next(4) == 0 ? host.Targets.Resolve(operation.Template, q.Name) : fuzzer.QueryValue())}")
            .ToList();
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        request.Content = operation.BodyType switch
        {
            null => null,
            "multipart/form-data" => Form(fuzzer, random),
            _ => new StringContent(fuzzer.Body(operation.BodySchema), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        return request;
    }

    private static readonly string[] s_fileNames =
    [
        "聘任书.pdf", "staff.xlsx", "attendance.csv", "../../etc/passwd.pdf", "..\\win.ini.xlsx", "a.exe", "x.pdf.exe", ".pdf", "no-extension",
        "<script>.pdf", "名单（２０２６）.xlsx", new string('长', 300) + ".pdf", "con.pdf", "%00.pdf",
    ];

    private static MultipartFormDataContent Form(JsonFuzzer fuzzer, Random random)
    {
        var bytes = new byte[random.Next(0, 64 * 1024)];
        random.NextBytes(bytes);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(random.Next(2) == 0 ? "application/pdf" : "application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", s_fileNames[random.Next(s_fileNames.Length)] } };
        form.Add(new StringContent(fuzzer.QueryValue()), "concurrencyStamp");
        return form;
    }

    private async Task<long> CountChangesAsync()
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().EntityChanges.IgnoreQueryFilters().LongCountAsync();
    }
}
