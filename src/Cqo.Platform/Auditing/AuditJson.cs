using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Cqo.Platform.Auditing;

/// <summary>How the trail writes old → new values.</summary>
internal static class AuditJson
{
    // Chinese names stay readable in the stored trail; it is data, never embedded in HTML.
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
}
