using System.Globalization;
using System.Text.Json.Nodes;
using Cqo.SharedKernel.Time;

namespace Cqo.Certification.Application.Credentials;

/// <summary>
/// Signs a certificate as an Open Badges 3.0 <c>OpenBadgeCredential</c> (a W3C verifiable credential)
/// in a VC-JWT. Anyone holding it can check it with the published keys alone, and learn from the
/// two status lists whether it has since been revoked or suspended.
/// </summary>
internal sealed class CredentialIssuer(CredentialKeys keys)
{
    public const string AchievementName = "企业首席质量官培训证书";

    private const string OpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /// <summary>The credential as a compact JWS.</summary>
    public string Issue(CredentialInput input) => CompactJws.Create(Payload(input), keys);

    /// <summary>The JWT payload: the claims and, in <c>vc</c>, the credential.</summary>
    public static JsonObject Payload(CredentialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(input.StatusListIndex);
        var issuerId = CredentialUrls.Issuer(input.BaseUrl);
        var id = $"urn:uuid:{input.CertificateId}";
        var verifyUrl = CredentialUrls.Verify(input.BaseUrl, input.Number);

        // The holder has no identifier of their own to publish; the fragment names "the person this
        // certificate's verification page shows", which is what sub and credentialSubject.id must agree on.
        var subjectId = $"{verifyUrl}#holder";

        // Valid from the first moment of the day of issue through the whole last day, in Shanghai.
        var validFrom = input.IssuedOn.StartOfShanghaiDay();
        var validUntil = input.ValidUntil?.AddDays(1).StartOfShanghaiDay();

        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(VerifiableCredentials.CredentialsContext, OpenBadgesContext),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = AchievementName,
            ["issuer"] = new JsonObject { ["id"] = issuerId, ["type"] = new JsonArray("Profile"), ["name"] = input.IssuerName },
            ["validFrom"] = VerifiableCredentials.Stamp(validFrom),
        };
        if (validUntil is { } end)
        {
            credential["validUntil"] = VerifiableCredentials.Stamp(end);
        }

        credential["credentialSubject"] = Subject(input, subjectId, verifyUrl);
        credential["credentialStatus"] = new JsonArray(
            StatusEntry(input, CredentialStatusPurpose.Revocation), StatusEntry(input, CredentialStatusPurpose.Suspension));
        return VerifiableCredentials.JwtPayload(credential, issuerId, id, subjectId, validFrom, validUntil);
    }

    private static JsonObject Subject(CredentialInput input, string subjectId, string verifyUrl) => new()
    {
        ["id"] = subjectId,
        ["type"] = new JsonArray("AchievementSubject"),

        // Open Badges names a subject without an id by an IdentityObject; "hashed": false says the
        // value is the (masked) name as printed, not a salted hash of it.
        ["identifier"] = new JsonArray(new JsonObject
        {
            ["type"] = "IdentityObject",
            ["identityHash"] = input.HolderName,
            ["identityType"] = "name",
            ["hashed"] = false,
        }),
        ["licenseNumber"] = input.Number,
        ["achievement"] = new JsonObject
        {
            ["id"] = verifyUrl,
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = "Certificate",
            ["name"] = AchievementName,
            ["description"] = string.IsNullOrWhiteSpace(input.CourseTitle)
                ? "完成企业首席质量官培训并经考核合格。"
                : $"完成企业首席质量官培训课程《{input.CourseTitle}》并经考核合格。",
            ["criteria"] = new JsonObject { ["narrative"] = "参加企业首席质量官培训，完成规定学时并通过考核。" },
        },
    };

    /// <summary>One <c>BitstringStatusListEntry</c>: the certificate's bit in the list for a purpose.</summary>
    private static JsonObject StatusEntry(CredentialInput input, CredentialStatusPurpose purpose)
    {
        var list = CredentialUrls.StatusList(input.BaseUrl, purpose);
        var index = input.StatusListIndex.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = $"{list}#{index}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = purpose.ToWireName(),
            ["statusListIndex"] = index,
            ["statusListCredential"] = list,
        };
    }
}
