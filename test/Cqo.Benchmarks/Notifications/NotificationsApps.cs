using Cqo.Benchmarks.Infrastructure;
using Cqo.Benchmarks.Registry;

namespace Cqo.Benchmarks.Notifications;

/// <summary>How Cqo.Host is started for the two parts of the notifications benchmark, on the same database.</summary>
internal static class NotificationsApps
{
    /// <summary>
    /// For the expiry scan: Cqo.Host as <see cref="RegistryApps.Host"/> starts it without a job server, so that
    /// nothing but the measured request runs (no scheduled rule, no dispatcher sending what a run recorded, no
    /// midnight expiry job), and without a mail server, so e-mails stay pending if a job ever ran.
    /// </summary>
    public static ChildApp Scan(BuiltApp host, string connectionString) => With(host, connectionString, new Dictionary<string, string>
    {
        ["Jobs__Server"] = "false",
    });

    /// <summary>
    /// For delivery: with the job server (two workers, the queue polled every second, as
    /// <see cref="RegistryApps.Host"/> sets it) and SMTP pointed at the sink on loopback, plain (no TLS, no
    /// authentication). The dispatch batch size is the product's default.
    /// </summary>
    public static ChildApp Delivery(BuiltApp host, string connectionString, int smtpPort) => With(host, connectionString, new Dictionary<string, string>
    {
        ["Jobs__Server"] = "true",
        ["Notifications__Smtp__Host"] = "127.0.0.1",
        ["Notifications__Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications__Smtp__Security"] = "None",
    });

    /// <summary>The platform administrator's password the host is started with (the rule is run as the administrator).</summary>
    public static string AdminPassword(ChildApp host) => host.Environment["Identity__AdminPassword"];

    private static ChildApp With(BuiltApp host, string connectionString, Dictionary<string, string> settings)
    {
        var app = RegistryApps.Host(host, connectionString);
        var environment = new Dictionary<string, string>(app.Environment);
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        return app with { Environment = environment };
    }
}
