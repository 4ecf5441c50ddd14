using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Cqo.Certification.Application.Credentials;

/// <summary>
/// JWS compact serialization (RFC 7515 §7.1) with ES256: <c>base64url(header).base64url(payload).base64url(signature)</c>.
/// </summary>
internal static class CompactJws
{
    /// <summary>
    /// The <c>typ</c>: Open Badges 3.0 (§8.2) allows only <c>JWT</c> for a credential in a <c>vc</c>
    /// claim; <c>vc+jwt</c> would announce VC-JOSE-COSE, whose payload is the bare credential.
    /// </summary>
    public const string Type = "JWT";

    // Chinese names and titles stay readable, and a third shorter, instead of \u escapes; what HTML
    // treats specially stays escaped.
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Create(JsonObject payload, CredentialKeys keys)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(keys);
        var header = new JsonObject { ["alg"] = CredentialKeys.Algorithm, ["typ"] = Type, ["kid"] = keys.SigningKeyId };
        var signingInput = $"{Encode(header)}.{Encode(payload)}";
        return $"{signingInput}.{Base64Url.EncodeToString(keys.Sign(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    private static string Encode(JsonObject part) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(part, s_json));
}
