using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cqo.Platform.Http;

internal static class JsonDefaults
{
    /// <summary>
    /// Enums travel as names and numbers are refused, so an unknown value is an error naming the
    /// field; unknown properties are refused too, so a misspelt field is not silently ignored.
    /// </summary>
    public static void Apply(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.MaxDepth = 32;
    }
}
