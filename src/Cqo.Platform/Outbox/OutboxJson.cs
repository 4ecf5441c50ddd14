using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Cqo.Platform.Outbox;

internal static class OutboxJson
{
    /// <summary>
    /// Enums as names, so reordering an enum does not change stored events; unknown properties are
    /// ignored, so an event may lose a property without breaking messages stored before. Chinese
    /// stays readable in the table.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };
}
