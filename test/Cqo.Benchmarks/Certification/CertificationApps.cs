using Cqo.Benchmarks.Infrastructure;
using Cqo.Benchmarks.Registry;

namespace Cqo.Benchmarks.Certification;

/// <summary>The two subjects on the certification benchmark's database.</summary>
internal static class CertificationApps
{
    /// <summary>
    /// Cqo.Host as <see cref="RegistryApps.Host"/> starts it, with two changes: no job server (the midnight expiry
    /// job and the pollers would only add noise), and a public rate limit far above what the run sends. The public
    /// policy allows 120 requests a minute per address by default, and every request here comes from one address:
    /// with the default the run would measure the limiter's 429s, not the verification.
    /// </summary>
    public static ChildApp Host(BuiltApp host, string connectionString)
    {
        var app = RegistryApps.Host(host, connectionString);
        return app with
        {
            Environment = new Dictionary<string, string>(app.Environment)
            {
                ["Jobs__Server"] = "false",
                ["RateLimiting__PublicPermitLimit"] = "100000000",
            },
        };
    }

    public static ChildApp Bare(BuiltApp bare, string connectionString) =>
        new(bare.Dll, bare.ProjectFolder, ContentRoot: null, new Dictionary<string, string>
        {
            // The bare app maps its verification endpoint only when given ConnectionStrings:Certification.
            ["ConnectionStrings__Certification"] = connectionString,
            ["Logging__LogLevel__Default"] = "Warning",
        });
}
