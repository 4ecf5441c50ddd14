using System.Globalization;
using System.Text.Json.Nodes;
using Cqo.SharedKernel.Time;

namespace Cqo.Certification.Application.Credentials;

/// <summary>What every credential the platform signs shares: the VC 2.0 context and the VC-JWT envelope.</summary>
internal static class VerifiableCredentials
{
    public const string CredentialsContext = "https://www.w3.org/ns/credentials/v2";

    /// <summary>
    /// The VC-JWT claims around a credential (Open Badges 3.0 §8.2): <c>iss</c>, <c>jti</c>,
    /// <c>sub</c>, <c>nbf</c> and <c>exp</c> repeat the credential's issuer, id, subject and validity,
    /// so plain JWT libraries check signature and lifetime without reading the credential.
    /// </summary>
    public static JsonObject JwtPayload(JsonObject credential, string issuerId, string id, string subjectId, DateTimeOffset validFrom, DateTimeOffset? validUntil)
    {
        var payload = new JsonObject
        {
            ["iss"] = issuerId,
            ["jti"] = id,
            ["sub"] = subjectId,
            ["nbf"] = validFrom.ToUnixTimeSeconds(),
        };
        if (validUntil is { } end)
        {
            payload["exp"] = end.ToUnixTimeSeconds();
        }

        payload["vc"] = credential;
        return payload;
    }

    /// <summary>
    /// An XML Schema dateTimeStamp as VC 2.0 wants, in Shanghai time with its offset: the instant is
    /// the same, and the calendar day reads as users know it.
    /// </summary>
    public static string Stamp(DateTimeOffset instant) =>
        instant.ToShanghai().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
