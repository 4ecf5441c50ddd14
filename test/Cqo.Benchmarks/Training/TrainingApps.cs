using Cqo.Benchmarks.Infrastructure;
using Cqo.Benchmarks.Registry;

namespace Cqo.Benchmarks.Training;

/// <summary>The two subjects on the training benchmark's database: the registry's host settings, and the bare app's training endpoints.</summary>
internal static class TrainingApps
{
    /// <summary>
    /// Cqo.Host as <see cref="RegistryApps.Host"/> starts it, with two changes: no job server (nothing here runs
    /// jobs, and its polling would only add noise), and a public rate limit high enough for hundreds of officers
    /// signing in from one address within a minute (the default allows 120 <c>/connect</c> requests per minute).
    /// </summary>
    public static ChildApp Host(BuiltApp host, string connectionString)
    {
        var app = RegistryApps.Host(host, connectionString);
        return app with
        {
            Environment = new Dictionary<string, string>(app.Environment)
            {
                ["Jobs__Server"] = "false",
                ["RateLimiting__PublicPermitLimit"] = "1000000",
            },
        };
    }

    /// <summary>The platform administrator's password the host is started with, to create the officers.</summary>
    public static string AdminPassword(ChildApp host) => host.Environment["Identity__AdminPassword"];

    public static ChildApp Bare(BuiltApp bare, string connectionString) =>
        new(bare.Dll, bare.ProjectFolder, ContentRoot: null, new Dictionary<string, string>
        {
            // The bare app maps its training endpoints only when given ConnectionStrings:Training.
            ["ConnectionStrings__Training"] = connectionString,
            ["Logging__LogLevel__Default"] = "Warning",
        });
}
