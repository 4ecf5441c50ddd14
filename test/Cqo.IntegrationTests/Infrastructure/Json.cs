using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>The API's JSON conventions as a client sees them: camelCase, enums by name.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
