using Cqo.Benchmarks.Infrastructure;

namespace Cqo.Benchmarks.Startup;

/// <summary>
/// Time and memory to a first healthy answer, for the bare baseline and for Cqo.Host on an empty and on
/// an already migrated database. All three are measured in the same run so their ratios are comparable.
/// </summary>
internal sealed class StartupSection : IBenchmarkSection
{
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
        new(host.Dll, host.ProjectFolder, ContentRoot: host.ProjectFolder, ProductionSecrets.AddTo(new Dictionary<string, string>(s_quietLogging)
        {
            ["Database__DataFolder"] = dataFolder,
            ["Serilog__MinimumLevel__Default"] = "Warning",
        }));

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
