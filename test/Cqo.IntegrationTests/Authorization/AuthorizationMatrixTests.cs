using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Cqo.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Authorization;

/// <summary>
/// Calls every operation of the OpenAPI document as every caller of <see cref="MatrixTable"/> and
/// compares each answer with the table. Bodies are empty JSON objects (or empty forms), which every
/// endpoint refuses, so admitted callers see 400 and nothing is written; actions without a body run.
/// On any difference the observed table is written to <c>artifacts/authorization-matrix.observed.txt</c>.
/// </summary>
[Collection(MatrixCollection.Name)]
public sealed partial class AuthorizationMatrixTests(MatrixFixture matrix)
{
    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_the_table_declares()
    {
        var operations = (await OpenApiDocument.ReadAsync(matrix.App.CreateClient())).Operations;
        var declared = MatrixTable.Rows.ToDictionary(r => r.Key);
        var undeclared = operations.Where(o => !declared.ContainsKey(o.Key)).ToList();
        var stale = declared.Keys.Except(operations.Select(o => o.Key)).ToList();

        // Declared rows in the table's order (their actions change what later rows see), then the rest.
        var byKey = operations.ToDictionary(o => o.Key);
        var observed = new List<MatrixRow>();
        foreach (var operation in MatrixTable.Rows.Where(r => byKey.ContainsKey(r.Key)).Select(r => byKey[r.Key]).Concat(undeclared))
        {
            var codes = new List<int>();
            foreach (var (_, client) in matrix.Callers)
            {
                using var response = await client.SendAsync(Request(operation));
                codes.Add((int)response.StatusCode);
            }

            observed.Add(new MatrixRow(operation.Method, operation.Template, codes));
        }

        var differences = observed
            .Where(row => declared.ContainsKey(row.Key))
            .SelectMany(row => row.Codes.Select((code, i) => (row.Key, Column: MatrixTable.Columns[i], Expected: declared[row.Key].Codes[i], Actual: code)))
            .Where(cell => cell.Expected != cell.Actual)
            .Select(cell => $"{cell.Key} as {cell.Column}: expected {cell.Expected}, got {cell.Actual}")
            .ToList();
        if (undeclared.Count + stale.Count + differences.Count > 0)
        {
            WriteObserved(observed);
        }

        undeclared.Select(o => o.Key).ShouldBeEmpty($"operations missing from the matrix (the observed table is in {ObservedFile})");
        stale.ShouldBeEmpty("matrix rows the OpenAPI document no longer has");
        differences.ShouldBeEmpty($"cells that differ (the observed table is in {ObservedFile})");
        ReliabilityLog.Record("Authorization matrix", "Every operation of the OpenAPI document, called as every caller", "every cell as declared", new Dictionary<string, object>
        {
            ["operations"] = observed.Count,
            ["callers"] = MatrixTable.Columns.Length,
            ["cells"] = observed.Count * MatrixTable.Columns.Length,
            ["let in (2xx, 400, 409, 422)"] = observed.Sum(r => r.Codes.Count(c => c is not (401 or 403 or 404))),
            ["kept out or not found (401, 403, 404)"] = observed.Sum(r => r.Codes.Count(c => c is 401 or 403 or 404)),
        });
    }

    [Fact]
    public async Task Every_api_route_the_host_maps_is_in_the_OpenAPI_document()
    {
        var described = (await OpenApiDocument.ReadAsync(matrix.App.CreateClient())).Operations.Select(o => o.Key).ToHashSet();
        var routed = matrix.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Template: "/" + RouteConstraint().Replace(e.RoutePattern.RawText!.Trim('/'), ""), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Template.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(method => $"{method} {e.Template}"))
            .ToList();

        routed.Count.ShouldBeGreaterThan(100);
        routed.Where(key => !described.Contains(key)).ShouldBeEmpty("API routes the matrix cannot see, since the OpenAPI document leaves them out");
    }

    private HttpRequestMessage Request(OpenApiOperation operation)
    {
        var path = matrix.Targets.PathOf(operation.Template);
        var query = operation.Query.Where(q => q.Required).Select(q => $"{q.Name}={Uri.EscapeDataString(matrix.Targets.Resolve(operation.Template, q.Name))}").ToList();
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        request.Content = operation.BodyType switch
        {
            null => null,
            "multipart/form-data" => new MultipartFormDataContent(),
            _ => new StringContent("{}", Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        return request;
    }

    private static string ObservedFile => Path.Combine(RepositoryRoot(), "artifacts", "authorization-matrix.observed.txt");

    private static void WriteObserved(IReadOnlyList<MatrixRow> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ObservedFile)!);
        File.WriteAllText(ObservedFile, MatrixTable.Format(rows));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cqo.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }

    [GeneratedRegex(@":[^}]+(?=\})")]
    private static partial Regex RouteConstraint();
}
