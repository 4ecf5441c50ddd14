using Cqo.Benchmarks.Infrastructure;
using Cqo.Benchmarks.Registry;

namespace Cqo.Benchmarks.Oversight;

/// <summary>How Cqo.Host is started on the oversight benchmark's database.</summary>
internal static class OversightApps
{
    /// <summary>How long the host trusts the fact versions it read (its default, stated so the recomputed runs can wait it out).</summary>
    public static readonly TimeSpan VersionsTrusted = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Cqo.Host as <see cref="RegistryApps.Host"/> starts it (Production, migrated and seeded with the demo accounts)
    /// without a job server: the fact rebuild and the snapshot freeze would write while figures are measured, and the
    /// pollers would only add noise.
    /// </summary>
    public static ChildApp Host(BuiltApp host, string connectionString)
    {
        var app = RegistryApps.Host(host, connectionString);
        return app with
        {
            Environment = new Dictionary<string, string>(app.Environment)
            {
                ["Jobs__Server"] = "false",
                ["Oversight__Figures__VersionsTrustedSeconds"] = VersionsTrusted.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
    }
}
