using System.Net.Http.Json;
using System.Text.Json;

namespace Cqo.IntegrationTests.Authorization;

/// <summary>An operation of the host's OpenAPI document, with what a request to it needs.</summary>
internal sealed record OpenApiOperation(string Method, string Template, IReadOnlyList<string> RequiredQuery, string? BodyType)
{
    public string Key => $"{Method} {Template}";

    /// <summary>Every operation the host describes at <c>/openapi/v1.json</c>.</summary>
    public static async Task<IReadOnlyList<OpenApiOperation>> ReadAllAsync(HttpClient anonymous)
    {
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = new List<OpenApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => s_methods.Contains(o.Name)))
            {
                var query = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray()
                        .Where(p => p.GetProperty("in").GetString() == "query" && p.TryGetProperty("required", out var required) && required.GetBoolean())
                        .Select(p => p.GetProperty("name").GetString()!).ToList()
                    : [];
                var body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    ? requestBody.GetProperty("content").EnumerateObject().First().Name
                    : null;
                operations.Add(new(operation.Name.ToUpperInvariant(), path.Name, query, body));
            }
        }

        return operations;
    }

    private static readonly HashSet<string> s_methods = ["get", "post", "put", "delete", "patch"];
}
