using System.Buffers.Text;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cqo.Certification.Application.Credentials;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cqo.UnitTests.Certification;

/// <summary>
/// Signed credentials checked the way an outside verifier would: with a stock JWT library and only
/// the published JSON Web Key Set.
/// </summary>
public sealed class CredentialTests : IDisposable
{
    private const string BaseUrl = "https://cqo.example.cn/";
    private const string IssuerId = "https://cqo.example.cn/issuer";

    private static readonly CredentialInput s_input = new(
        "SHCQO-2026-310115-000123", "张*", Guid.Parse("5f1c2a8e-3b4d-4e6f-9a0b-1c2d3e4f5a6b"), "2026年第一期企业首席质量官任职培训",
        "上海市市场监督管理局", new DateOnly(2026, 3, 2), new DateOnly(2029, 3, 1), 5, BaseUrl);

    private static readonly DateTimeOffset s_issuedAt = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset s_endsAt = new(2029, 3, 2, 0, 0, 0, TimeSpan.FromHours(8));

    private readonly string _root = Directory.CreateTempSubdirectory("cqo-credentials-").FullName;
    private readonly List<IDisposable> _disposables = [];

    [Fact]
    public async Task A_credential_verifies_with_the_published_keys_alone_and_only_while_valid()
    {
        var keys = Keys(("key-2026", NewKey()));
        var token = new CredentialIssuer(keys).Issue(s_input);
        var jwks = keys.JsonWebKeySet().ToJsonString();

        var result = await Validate(token, jwks, s_issuedAt.AddDays(100));

        result.IsValid.ShouldBeTrue(result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        (jwt.Alg, jwt.Typ, jwt.Kid).ShouldBe(("ES256", "JWT", "key-2026"));
        (await Validate(token, jwks, s_issuedAt)).IsValid.ShouldBeTrue();
        (await Validate(token, jwks, s_issuedAt.AddSeconds(-1))).IsValid.ShouldBeFalse();
        (await Validate(token, jwks, s_endsAt.AddSeconds(-1))).IsValid.ShouldBeTrue();
        (await Validate(token, jwks, s_endsAt)).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_credential_is_an_open_badge_with_its_claims_matching_the_credential()
    {
        var keys = Keys(("key-2026", NewKey()));
        var payload = PayloadOf(new CredentialIssuer(keys).Issue(s_input));

        payload["iss"]!.GetValue<string>().ShouldBe(IssuerId);
        payload["jti"]!.GetValue<string>().ShouldBe("urn:uuid:5f1c2a8e-3b4d-4e6f-9a0b-1c2d3e4f5a6b");
        payload["nbf"]!.GetValue<long>().ShouldBe(s_issuedAt.ToUnixTimeSeconds());
        payload["exp"]!.GetValue<long>().ShouldBe(s_endsAt.ToUnixTimeSeconds());
        var vc = payload["vc"]!;
        Strings(vc["@context"]).ShouldBe(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]);
        Strings(vc["type"]).ShouldBe(["VerifiableCredential", "OpenBadgeCredential"]);
        vc["id"]!.GetValue<string>().ShouldBe(payload["jti"]!.GetValue<string>());
        vc["issuer"]!["id"]!.GetValue<string>().ShouldBe(IssuerId);
        vc["issuer"]!["name"]!.GetValue<string>().ShouldBe("上海市市场监督管理局");
        vc["validFrom"]!.GetValue<string>().ShouldBe("2026-03-02T00:00:00+08:00");
        vc["validUntil"]!.GetValue<string>().ShouldBe("2029-03-02T00:00:00+08:00");
        var subject = vc["credentialSubject"]!;
        subject["id"]!.GetValue<string>().ShouldBe(payload["sub"]!.GetValue<string>());
        subject["identifier"]![0]!["identityHash"]!.GetValue<string>().ShouldBe("张*");
        subject["licenseNumber"]!.GetValue<string>().ShouldBe("SHCQO-2026-310115-000123");
        subject["achievement"]!["id"]!.GetValue<string>().ShouldBe("https://cqo.example.cn/verify/SHCQO-2026-310115-000123");
        subject["achievement"]!["name"]!.GetValue<string>().ShouldBe("企业首席质量官培训证书");
        subject["achievement"]!["description"]!.GetValue<string>().ShouldContain("《2026年第一期企业首席质量官任职培训》");
        var status = vc["credentialStatus"]!.AsArray();
        status.Select(s => s!["statusPurpose"]!.GetValue<string>()).ShouldBe(["revocation", "suspension"]);
        status.ShouldAllBe(s => s!["type"]!.GetValue<string>() == "BitstringStatusListEntry" && s["statusListIndex"]!.GetValue<string>() == "5");
        status[0]!["statusListCredential"]!.GetValue<string>().ShouldBe("https://cqo.example.cn/api/public/credentials/status/revocation");
        status[1]!["statusListCredential"]!.GetValue<string>().ShouldBe("https://cqo.example.cn/api/public/credentials/status/suspension");
    }

    [Fact]
    public async Task A_credential_without_an_end_has_no_exp_and_verifies_years_later()
    {
        var keys = Keys(("key-2026", NewKey()));
        var token = new CredentialIssuer(keys).Issue(s_input with { ValidUntil = null });

        var payload = PayloadOf(token);

        payload.ContainsKey("exp").ShouldBeFalse();
        payload["vc"]!.AsObject().ContainsKey("validUntil").ShouldBeFalse();
        (await Validate(token, keys.JsonWebKeySet().ToJsonString(), s_issuedAt.AddYears(30))).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task A_tampered_payload_fails()
    {
        var keys = Keys(("key-2026", NewKey()));
        var token = new CredentialIssuer(keys).Issue(s_input);
        var jwks = keys.JsonWebKeySet().ToJsonString();
        var parts = token.Split('.');

        // One character of the encoded payload, and a well-formed payload naming someone else.
        var middle = parts[1].Length / 2;
        var flipped = parts[1][..middle] + (parts[1][middle] == 'A' ? 'B' : 'A') + parts[1][(middle + 1)..];
        var renamed = Rename(parts[1]);

        (await Validate($"{parts[0]}.{flipped}.{parts[2]}", jwks, s_issuedAt.AddDays(1))).IsValid.ShouldBeFalse();
        (await Validate($"{parts[0]}.{renamed}.{parts[2]}", jwks, s_issuedAt.AddDays(1))).IsValid.ShouldBeFalse();
        (await Validate(token, jwks, s_issuedAt.AddDays(1))).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task A_credential_signed_by_another_key_fails_even_under_the_same_kid()
    {
        var published = Keys(("key-2026", NewKey()));
        var forger = Keys(("key-2026", NewKey()));
        var forged = new CredentialIssuer(forger).Issue(s_input);

        (await Validate(forged, published.JsonWebKeySet().ToJsonString(), s_issuedAt.AddDays(1))).IsValid.ShouldBeFalse();
        (await Validate(forged, forger.JsonWebKeySet().ToJsonString(), s_issuedAt.AddDays(1))).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task A_verifier_trusting_only_the_keys_finds_a_revoked_credential_in_the_signed_status_list()
    {
        var keys = Keys(("key-2026", NewKey()));
        var jwks = keys.JsonWebKeySet().ToJsonString();
        var clock = new FakeTimeProvider(s_issuedAt.AddDays(30));
        var lists = new StatusListCredential(keys, clock);
        var credential = PayloadOf(new CredentialIssuer(keys).Issue(s_input));
        var revocationList = lists.Issue(CredentialStatusPurpose.Revocation, [5, 9], indexCount: 12, BaseUrl);
        var suspensionList = lists.Issue(CredentialStatusPurpose.Suspension, [], indexCount: 12, BaseUrl);

        var entry = credential["vc"]!["credentialStatus"]!.AsArray().Single(s => s!["statusPurpose"]!.GetValue<string>() == "revocation")!;
        var revocation = await Validate(revocationList, jwks, clock.GetUtcNow());
        revocation.IsValid.ShouldBeTrue(revocation.Exception?.Message);
        var list = PayloadOf(revocationList);
        list["jti"]!.GetValue<string>().ShouldBe(entry["statusListCredential"]!.GetValue<string>());
        Strings(list["vc"]!["type"]).ShouldBe(["VerifiableCredential", "BitstringStatusListCredential"]);
        var listSubject = list["vc"]!["credentialSubject"]!;
        listSubject["type"]!.GetValue<string>().ShouldBe("BitstringStatusList");
        listSubject["statusPurpose"]!.GetValue<string>().ShouldBe("revocation");
        var encoded = listSubject["encodedList"]!.GetValue<string>();
        encoded.ShouldStartWith("uH4sI");
        var index = int.Parse(entry["statusListIndex"]!.GetValue<string>(), CultureInfo.InvariantCulture);

        StatusListCredential.IsSet(encoded, index).ShouldBeTrue();
        StatusListCredential.IsSet(encoded, 4).ShouldBeFalse();
        StatusListCredential.IsSet(encoded, 6).ShouldBeFalse();
        StatusListCredential.IsSet(encoded, 9).ShouldBeTrue();
        (await Validate(suspensionList, jwks, clock.GetUtcNow())).IsValid.ShouldBeTrue();
        StatusListCredential.IsSet(PayloadOf(suspensionList)["vc"]!["credentialSubject"]!["encodedList"]!.GetValue<string>(), index).ShouldBeFalse();
    }

    [Fact]
    public void A_status_list_holds_at_least_131072_bits_counted_from_the_first_bytes_top_bit()
    {
        var encoded = StatusListCredential.Encode([0, 131_071], indexCount: 3);

        StatusListCredential.IsSet(encoded, 0).ShouldBeTrue();
        StatusListCredential.IsSet(encoded, 1).ShouldBeFalse();
        StatusListCredential.IsSet(encoded, 131_071).ShouldBeTrue();
        Should.Throw<ArgumentOutOfRangeException>(() => StatusListCredential.IsSet(encoded, 131_072));
        StatusListCredential.IsSet(StatusListCredential.Encode([], indexCount: 131_073), 262_143).ShouldBeFalse();
        StatusListCredential.IsSet(StatusListCredential.Encode([200_000], indexCount: 0), 200_000).ShouldBeTrue();

        // The first byte's most significant bit is index 0 (the spec's left-most bit).
        var bytes = Inflate(encoded);
        (bytes.Length, bytes[0], bytes[^1]).ShouldBe((16_384, (byte)0x80, (byte)0x01));
    }

    [Fact]
    public async Task With_two_keys_both_are_published_and_the_first_signs()
    {
        var first = NewKey();
        var second = NewKey();
        var keys = Keys(("key-2027", first), ("key-2026", second));
        var token = new CredentialIssuer(keys).Issue(s_input);

        var jwks = keys.JsonWebKeySet();

        jwks["keys"]!.AsArray().Select(k => k!["kid"]!.GetValue<string>()).ShouldBe(["key-2027", "key-2026"]);
        jwks["keys"]!.AsArray().ShouldAllBe(k => k!["kty"]!.GetValue<string>() == "EC" && k["crv"]!.GetValue<string>() == "P-256"
            && k["alg"]!.GetValue<string>() == "ES256" && k["use"]!.GetValue<string>() == "sig" && !k.AsObject().ContainsKey("d"));
        new JsonWebToken(token).Kid.ShouldBe("key-2027");
        (await Validate(token, jwks.ToJsonString(), s_issuedAt.AddDays(1))).IsValid.ShouldBeTrue();
        (await Validate(token, Keys(("key-2027", first)).JsonWebKeySet().ToJsonString(), s_issuedAt.AddDays(1))).IsValid.ShouldBeTrue();
        (await Validate(token, Keys(("key-2026", second)).JsonWebKeySet().ToJsonString(), s_issuedAt.AddDays(1))).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_bad_key_fails_options_validation_naming_its_setting()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var p256 = NewKey();

        Failure(("k1", "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----")).ShouldContain("Certification:Signing:Keys:0:PrivateKeyPem");
        Failure(("k1", p256.ExportPkcs8PrivateKeyPem()), ("k2", p384.ExportPkcs8PrivateKeyPem()))
            .ShouldSatisfyAllConditions(m => m.ShouldContain("Certification:Signing:Keys:1:PrivateKeyPem"), m => m.ShouldContain("P-256"));
        Failure(("k1", p256.ExportSubjectPublicKeyInfoPem())).ShouldContain("Certification:Signing:Keys:0:PrivateKeyPem");
        Failure(("", p256.ExportECPrivateKeyPem())).ShouldContain("Certification:Signing:Keys:0:KeyId");
        Failure(("k1", p256.ExportECPrivateKeyPem()), ("k1", p256.ExportPkcs8PrivateKeyPem())).ShouldContain("Certification:Signing:Keys:1:KeyId");
    }

    [Fact]
    public void AddCredentials_binds_the_keys_and_signs_with_them()
    {
        using var key = NewKey();
        using var services = Services(("k1", key.ExportECPrivateKeyPem()));

        var token = services.GetRequiredService<CredentialIssuer>().Issue(s_input);

        new JsonWebToken(token).Kid.ShouldBe("k1");
        services.GetRequiredService<StatusListCredential>().ShouldNotBeNull();
    }

    [Fact]
    public void Without_keys_every_host_on_the_machine_shares_one_development_key_file()
    {
        var first = Keys();
        var second = Keys();

        var path = Path.Combine(_root, "data", "credential-signing-dev.pem");
        File.Exists(path).ShouldBeTrue();
        first.SigningKeyId.ShouldStartWith("dev-");
        second.JsonWebKeySet().ToJsonString().ShouldBe(first.JsonWebKeySet().ToJsonString());
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.WriteAllText(path, "not a key");
        Should.Throw<InvalidOperationException>(() => Keys()).Message.ShouldContain("Certification:Signing:DevelopmentKeyPath");
    }

    [Fact]
    public void Hosts_starting_together_agree_on_one_development_key_and_leave_no_temporary_file()
    {
        var path = Path.Combine(_root, "race", "dev.pem");
        var pems = new string[8];

        Parallel.For(0, pems.Length, i => pems[i] = DevelopmentKey.LoadOrCreate(path));

        pems.Distinct().Count().ShouldBe(1);
        Directory.GetFiles(Path.GetDirectoryName(path)!).ShouldBe([path]);
    }

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        Directory.Delete(_root, recursive: true);
    }

    private static ECDsa NewKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    private CredentialKeys Keys(params (string Id, ECDsa Key)[] keys)
    {
        var options = new SigningOptions
        {
            Keys = [.. keys.Select(k => new SigningKeyOptions { KeyId = k.Id, PrivateKeyPem = k.Key.ExportPkcs8PrivateKeyPem() })],
        };
        var credentialKeys = new CredentialKeys(Options.Create(options), new HostingEnvironment { ContentRootPath = _root }, NullLogger<CredentialKeys>.Instance);
        _disposables.Add(credentialKeys);
        return credentialKeys;
    }

    private ServiceProvider Services(params (string Id, string Pem)[] keys)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < keys.Length; i++)
        {
            settings[$"Certification:Signing:Keys:{i}:KeyId"] = keys[i].Id;
            settings[$"Certification:Signing:Keys:{i}:PrivateKeyPem"] = keys[i].Pem;
        }

        var services = new ServiceCollection().AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = _root })
            .AddCredentials(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(validateScopes: true);
    }

    private string Failure(params (string Id, string Pem)[] keys)
    {
        using var services = Services(keys);
        return Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<SigningOptions>>().Value).Message;
    }

    /// <summary>
    /// A stock verifier given only the JWKS. The library reads nbf and exp; its clock is not
    /// replaceable, so the comparison with the test's "now" is the JWT rule spelled out (RFC 7519
    /// §4.1.4–5: valid from nbf, no longer at exp).
    /// </summary>
    private static async Task<TokenValidationResult> Validate(string token, string jwks, DateTimeOffset now) =>
        await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = new JsonWebKeySet(jwks).GetSigningKeys(),
            ValidIssuer = IssuerId,
            ValidateAudience = false,
            ValidAlgorithms = ["ES256"],
            RequireExpirationTime = false,
            LifetimeValidator = (notBefore, expires, _, _) => (notBefore is null || now.UtcDateTime >= notBefore) && (expires is null || now.UtcDateTime < expires),
        });

    private static JsonObject PayloadOf(string token) => JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!.AsObject();

    private static string Rename(string encodedPayload)
    {
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(encodedPayload))!;
        payload["vc"]!["credentialSubject"]!["identifier"]![0]!["identityHash"] = "李*";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
    }

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    private static byte[] Inflate(string encodedList)
    {
        using var gzip = new GZipStream(
            new MemoryStream(Base64Url.DecodeFromChars(encodedList.AsSpan(1))), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}
