using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cqo.IntegrationTests.Identity;

/// <summary>
/// Outside Development and Testing, tokens are signed only with certificates from configuration, and
/// personal data is protected only with keys from configuration.
/// </summary>
public sealed class SigningCertificateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cqo-certs-").FullName;

    [Fact]
    public void A_production_host_without_certificates_refuses_to_start()
    {
        using var host = Production(new Dictionary<string, string?>());

        var error = Should.Throw<Exception>(() => host.Server);

        Flatten(error).ShouldContain(e => e.Message.Contains("Identity:SigningCertificate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_production_host_without_personal_data_keys_refuses_to_start()
    {
        using var signing = NewCertificate("CN=cqo-signing");
        using var encryption = NewCertificate("CN=cqo-encryption");
        using var host = Production(Certificates(signing, encryption));

        var error = Should.Throw<Exception>(() => host.Server);

        var messages = string.Join('\n', Flatten(error).Select(e => e.Message));
        messages.ShouldContain("PersonalData:Keys");
        messages.ShouldContain("PersonalData:HashKey");
    }

    [Fact]
    public void A_production_host_with_an_expired_signing_certificate_refuses_to_start_naming_it_and_its_dates()
    {
        using var expired = NewCertificate("CN=cqo-signing", DateTimeOffset.UtcNow.AddYears(-2), DateTimeOffset.UtcNow.AddDays(-1));
        using var encryption = NewCertificate("CN=cqo-encryption");
        using var host = Production(Certificates(expired, encryption));

        var error = Should.Throw<Exception>(() => host.Server);

        Flatten(error).Select(e => e.Message).ShouldContain(m => m.Contains("Identity:SigningCertificate", StringComparison.Ordinal) && m.Contains("not now", StringComparison.Ordinal));
        Flatten(error).Select(e => e.Message).ShouldContain(m => m.Contains(expired.NotAfter.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        ReliabilityLog.Record("Faults", "Expired token-signing certificate at start", "the host refuses to start, naming the setting and its dates", new Dictionary<string, object>
        {
            ["expired on"] = expired.NotAfter.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [Fact]
    public async Task A_production_host_signs_with_the_configured_certificate()
    {
        using var signing = NewCertificate("CN=cqo-signing");
        using var encryption = NewCertificate("CN=cqo-encryption");
        var settings = Certificates(signing, encryption);
        settings["PersonalData:CurrentKeyId"] = "k1";
        settings["PersonalData:Keys:k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        settings["PersonalData:HashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using var host = Production(settings);

        // Production refuses plain HTTP on the OAuth endpoints, so ask as a TLS proxy would forward.
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var jwks = await client.GetFromJsonAsync<JsonElement>("/.well-known/jwks");

        jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("x5t").GetString())
            .ShouldContain(Base64Url(signing.GetCertHash()));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private WebApplicationFactory<Program> Production(Dictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:Cqo", $"Data Source={Path.Combine(_folder, "cqo.db")};Pooling=False");
            b.UseSetting("Database:SeedDemoData", "false");
            b.UseSetting("Identity:AdminPassword", "Admin@2026prod");
            b.UseSetting("Jobs:Server", "false");
            b.ConfigureServices(services => TestLogFile.AddTo(services, TestLogFile.Integration));
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    private static Dictionary<string, string?> Certificates(X509Certificate2 signing, X509Certificate2 encryption) => new()
    {
        ["Identity:SigningCertificate:Base64"] = Convert.ToBase64String(signing.Export(X509ContentType.Pfx, "pw")),
        ["Identity:SigningCertificate:Password"] = "pw",
        ["Identity:EncryptionCertificate:Base64"] = Convert.ToBase64String(encryption.Export(X509ContentType.Pfx, "pw")),
        ["Identity:EncryptionCertificate:Password"] = "pw",
    };

    private static X509Certificate2 NewCertificate(string subject, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        return request.CreateSelfSigned(notBefore ?? DateTimeOffset.UtcNow.AddDays(-1), notAfter ?? DateTimeOffset.UtcNow.AddYears(1));
    }

    private static IEnumerable<Exception> Flatten(Exception e) =>
        e is AggregateException a ? a.InnerExceptions.SelectMany(Flatten) : e.InnerException is null ? [e] : Flatten(e.InnerException).Prepend(e);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
