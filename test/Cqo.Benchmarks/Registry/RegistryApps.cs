using Cqo.Benchmarks.Infrastructure;
using Cqo.Platform.Security;
using Microsoft.Extensions.Options;

namespace Cqo.Benchmarks.Registry;

/// <summary>How the two subjects are started on the benchmark's database, and the generator's matching protector.</summary>
internal static class RegistryApps
{
    private const string ImportHandlerCategory = "Cqo.Registry.Application.Imports.RunImportHandler";

    /// <summary>Cqo.Host as in production (StartupSection's certificates and keys) on PostgreSQL; it migrates and seeds the demo accounts at start.</summary>
    public static ChildApp Host(BuiltApp host, string connectionString) =>
        new(host.Dll, host.ProjectFolder, ContentRoot: host.ProjectFolder, ProductionSecrets.AddTo(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Cqo"] = connectionString,
            ["Database__MigrateOnStart"] = "true",
            ["Database__SeedDemoData"] = "true",
            // Plain HTTP on loopback, and the callback the sign-in flow names.
            ["Identity__RequireHttps"] = "false",
            ["Identity__SpaRedirectUris__0"] = OAuthSignIn.RedirectUri,
            // A long run must not outlive its token: a 401 would fail it.
            ["Identity__AccessTokenMinutes"] = "120",
            // Imports run as background jobs, measured after the searches. The server's few polls a second (two
            // workers, the schedulers) are negligible next to the searches' thousands of requests; polling every
            // second rather than every 5 s keeps the queue wait from dominating an import's time.
            ["Jobs__Server"] = "true",
            ["Jobs__QueuePollSeconds"] = "1",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            // Except the import job's summary line, which times validation and insertion (ImportRun reads it).
            [$"Logging__LogLevel__{ImportHandlerCategory}"] = "Information",
            [$"Serilog__MinimumLevel__Override__{ImportHandlerCategory}"] = "Information",
        }));

    public static ChildApp Bare(BuiltApp bare, string connectionString) =>
        new(bare.Dll, bare.ProjectFolder, ContentRoot: null, new Dictionary<string, string>
        {
            // The bare app maps its search endpoint only when given ConnectionStrings:Registry.
            ["ConnectionStrings__Registry"] = connectionString,
            ["Logging__LogLevel__Default"] = "Warning",
        });

    /// <summary>The same keys the host is given, so generated ID numbers decrypt and hash-match in the host.</summary>
    public static PersonalDataProtector Protector() => new(Options.Create(new PersonalDataOptions
    {
        CurrentKeyId = ProductionSecrets.PersonalDataKeyId,
        Keys = { [ProductionSecrets.PersonalDataKeyId] = ProductionSecrets.PersonalDataKey },
        HashKey = ProductionSecrets.PersonalDataHashKey,
    }));
}
