using System.Net.Http.Json;
using System.Text.Json;

namespace Cqo.IntegrationTests.Authorization;

/// <summary>An operation of the host's OpenAPI document, with what a request to it takes.</summary>
internal sealed record OpenApiOperation(string Method, string Template, IReadOnlyList<OpenApiQueryParameter> Query, string? BodyType, JsonElement? BodySchema)
{
    public string Key => $"{Method} {Template}";
}

internal sealed record OpenApiQueryParameter(string Name, bool Required);

/// <summary>The host's <c>/openapi/v1.json</c>: its operations, and the schemas they refer to.</summary>
internal sealed record OpenApiDocument(IReadOnlyList<OpenApiOperation> Operations, JsonElement Components)
{
    private static readonly HashSet<string> s_methods = ["get", "post", "put", "delete", "patch"];

    public static async Task<OpenApiDocument> ReadAsync(HttpClient anonymous)
    {
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = new List<OpenApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => s_methods.Contains(o.Name)))
            {
                var query = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray()
                        .Where(p => p.GetProperty("in").GetString() == "query")
                        .Select(p => new OpenApiQueryParameter(p.GetProperty("name").GetString()!, p.TryGetProperty("required", out var required) && required.GetBoolean()))
                        .ToList()
                    : [];
                var body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    ? requestBody.GetProperty("content").EnumerateObject().First()
                    : (JsonProperty?)null;
                operations.Add(new(operation.Name.ToUpperInvariant(), path.Name, query, body?.Name,
                    body?.Value.TryGetProperty("schema", out var schema) == true ? schema : null));
            }
        }

        return new OpenApiDocument(operations, document.GetProperty("components"));
    }
}
