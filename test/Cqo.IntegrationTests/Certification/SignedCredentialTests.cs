using System.Buffers.Text;
using System.Net;
using System.Text.Json.Nodes;
using Cqo.Certification.Application.Credentials;
using Cqo.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cqo.IntegrationTests.Certification;

/// <summary>A verifier that trusts only the published keys checks a credential offline, and learns of its revocation from the status list.</summary>
[Collection(HostCollection.Name)]
public sealed class SignedCredentialTests(CqoApp app)
{
    private readonly CertificationApi _api = new(app);

    [Fact]
    public async Task A_holders_credential_verifies_against_the_published_keys_until_a_revocation_shows_in_the_status_list()
    {
        var (_, trainee, certificate) = await _api.PassedAsync();
        var holder = _api.Officer(trainee.Enrolment.TraineeUserId!.Value);
        var credential = await (await holder.GetAsync($"/api/certification/certificates/{certificate.Id}/credential")).Content.ReadAsStringAsync();
        var jwks = await _api.Anonymous().GetStringAsync("/api/public/credentials/jwks.json");

        var result = await ValidateAsync(credential, jwks);
        result.IsValid.ShouldBeTrue(result.Exception?.Message);
        var vc = Payload(credential)["vc"]!;
        vc["credentialSubject"]!["achievement"]!["id"]!.GetValue<string>().ShouldEndWith($"/verify/{certificate.Number}");
        var entry = vc["credentialStatus"]!.AsArray().Single(s => s!["statusPurpose"]!.GetValue<string>() == "revocation")!;
        var index = int.Parse(entry["statusListIndex"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var listUrl = new Uri(entry["statusListCredential"]!.GetValue<string>()).PathAndQuery;
        (await RevokedAsync(listUrl, index, jwks)).ShouldBeFalse();

        var tampered = Tamper(credential);
        (await ValidateAsync(tampered, jwks)).IsValid.ShouldBeFalse("a changed credential fails its signature");

        await _api.SteppedAsync(certificate, "revoke", "弄虚作假取得");

        (await RevokedAsync(listUrl, index, jwks)).ShouldBeTrue();
        (await ValidateAsync(credential, jwks)).IsValid.ShouldBeTrue("the signature stays valid: revocation is read from the list");
    }

    [Fact]
    public async Task A_credential_is_seen_only_within_scope_and_an_unknown_status_list_is_not_found()
    {
        var certificate = await _api.IssuedByHandAsync();

        (await _api.Officer(Guid.NewGuid()).GetAsync($"/api/certification/certificates/{certificate.Id}/credential")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _api.Anonymous().GetAsync($"/api/certification/certificates/{certificate.Id}/credential")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await _api.Anonymous().GetAsync("/api/public/credentials/status/expiry")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<bool> RevokedAsync(string listUrl, int index, string jwks)
    {
        var list = await _api.Anonymous().GetStringAsync(listUrl);
        (await ValidateAsync(list, jwks)).IsValid.ShouldBeTrue("the status list is signed by the same keys");
        var encoded = Payload(list)["vc"]!["credentialSubject"]!["encodedList"]!.GetValue<string>();
        return StatusListCredential.IsSet(encoded, index);
    }

    private static Task<TokenValidationResult> ValidateAsync(string token, string jwks) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = new JsonWebKeySet(jwks).GetSigningKeys(),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false, // the test clock is not the library's; lifetimes are covered by the unit tests
            ValidAlgorithms = ["ES256"],
        });

    private static JsonObject Payload(string token) => JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!.AsObject();

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Payload(token);
        payload["vc"]!["credentialSubject"]!["achievement"]!["name"] = "高级首席质量官证书";
        parts[1] = Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }
}
