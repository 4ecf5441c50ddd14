using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Cqo.Benchmarks.Infrastructure;

namespace Cqo.Benchmarks.Startup;

/// <summary>
/// Time and memory to a first healthy answer, for the bare baseline and for Cqo.Host on an empty and on
/// an already migrated database. All three are measured in the same run so their ratios are comparable.
/// </summary>
internal sealed class StartupSection : IBenchmarkSection
{
    private const string CertificatePassword = "bench";

    private static readonly Lazy<string> s_signingCertificate = new(() => SelfSignedPfx("CN=cqo-bench-signing"));
    private static readonly Lazy<string> s_encryptionCertificate = new(() => SelfSignedPfx("CN=cqo-bench-encryption"));
    private static readonly string s_personalDataKey = RandomKey();
    private static readonly string s_personalDataHashKey = RandomKey();

    // Both subjects log at Warning, so neither pays for console logging the other does not.
    private static readonly Dictionary<string, string> s_quietLogging = new()
    {
        ["Logging__LogLevel__Default"] = "Warning",
    };

    public string Name => "Host start-up";

    public async Task<string> RunAsync(BenchContext context)
    {
        var bare = await MeasureBareAppAsync(context);
        var (first, warm) = await MeasureHostAsync(context);
        return StartupTable.Render(
            context.Runs,
            new StartupRow("Bare ASP.NET Core app (baseline)", bare),
            [
                new StartupRow("CQO host first start (empty SQLite, migrates and seeds)", first),
                new StartupRow("CQO host warm start (migrated database)", warm),
            ]);
    }

    private static async Task<List<StartupSample>> MeasureBareAppAsync(BenchContext context)
    {
        var app = new ChildApp(context.BareApp.Dll, context.BareApp.ProjectFolder, ContentRoot: null, s_quietLogging);
        var samples = new List<StartupSample>();
        for (var run = 0; run <= context.Runs; run++)
        {
            var sample = await StartupProbe.MeasureAsync(app, context.CancellationToken);
            Keep(context, "bare app", run, sample, samples);
        }

        return samples;
    }

    private static async Task<(List<StartupSample> First, List<StartupSample> Warm)> MeasureHostAsync(BenchContext context)
    {
        var first = new List<StartupSample>();
        var warm = new List<StartupSample>();
        for (var run = 0; run <= context.Runs; run++)
        {
            // One fresh database per run: the first start migrates and seeds it, the warm start reuses it.
            using var data = new TempFolder();
            var app = HostOn(context.Host, data.Path);
            Keep(context, "CQO host first start", run, await StartupProbe.MeasureAsync(app, context.CancellationToken), first);
            Keep(context, "CQO host warm start", run, await StartupProbe.MeasureAsync(app, context.CancellationToken), warm);
        }

        return (first, warm);
    }

    // The host runs as in production, which refuses to start without token certificates and personal data keys.
    private static ChildApp HostOn(BuiltApp host, string dataFolder) =>
        new(host.Dll, host.ProjectFolder, ContentRoot: host.ProjectFolder, new Dictionary<string, string>(s_quietLogging)
        {
            ["Database__DataFolder"] = dataFolder,
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Identity__AdminPassword"] = "Bench@2026cqo",
            ["Identity__SigningCertificate__Base64"] = s_signingCertificate.Value,
            ["Identity__SigningCertificate__Password"] = CertificatePassword,
            ["Identity__EncryptionCertificate__Base64"] = s_encryptionCertificate.Value,
            ["Identity__EncryptionCertificate__Password"] = CertificatePassword,
            ["PersonalData__CurrentKeyId"] = "k1",
            ["PersonalData__Keys__k1"] = s_personalDataKey,
            ["PersonalData__HashKey"] = s_personalDataHashKey,
        });

    private static string RandomKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static string SelfSignedPfx(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    /// <summary>Run 0 is the warm-up (disk cache, JIT of this process's HTTP stack) and is not kept.</summary>
    private static void Keep(BenchContext context, string subject, int run, StartupSample sample, List<StartupSample> samples)
    {
        var label = run == 0 ? "warm-up" : $"run {run}/{context.Runs}";
        context.Log.WriteLine(
            $"  {subject,-22} {label,-9} {sample.TimeToHealthy.TotalMilliseconds,7:F0} ms  {StartupTable.MiB(sample.Settled.RssBytes),6:F1} MiB");
        if (run > 0)
        {
            samples.Add(sample);
        }
    }
}
