using Cqo.Benchmarks;
using Cqo.Benchmarks.Certification;
using Cqo.Benchmarks.Infrastructure;
using Cqo.Benchmarks.Notifications;
using Cqo.Benchmarks.Oversight;
using Cqo.Benchmarks.Registry;
using Cqo.Benchmarks.Startup;
using Cqo.Benchmarks.Training;

if (!BenchOptions.TryParse(args, out var options, out var usageError))
{
    Console.Error.WriteLine(usageError);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

// Ctrl+C cancels the run; every child process is killed on the way out rather than left listening.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// Progress goes to stderr so stdout carries only the report.
var log = Console.Error;
try
{
    var root = RepositoryRoot.Find();
    var host = BuiltApp.At(root, "host/Cqo.Host/Cqo.Host.csproj");
    var bareApp = BuiltApp.At(root, "test/Cqo.Benchmarks.BareApp/Cqo.Benchmarks.BareApp.csproj");
    await DotnetBuild.ReleaseAsync([host, bareApp], log, cancellation.Token);

    var context = new BenchContext(root, options.Runs, host, bareApp, log, cancellation.Token);
    (string Key, IBenchmarkSection Section)[] all =
    [
        ("startup", new StartupSection()),
        ("registry", new RegistrySearchSection(options.Registry)),
        ("training", new TrainingSection(options.Training, options.Registry)),
        ("certification", new CertificationSection(options.Certification, options.Registry)),
        ("notifications", new NotificationsSection(options.Notifications, options.Registry)),
        ("oversight", new OversightSection(options.Oversight, options.Registry)),
    ];
    IBenchmarkSection[] sections = [.. all.Where(s => options.Only is null || s.Key == options.Only).Select(s => s.Section)];
    var markdown = await Report.RunAsync(context, sections);

    var output = options.Output ?? Path.Combine(root, "artifacts", "bench", "report.md");
    await Report.WriteAsync(output, markdown, cancellation.Token);
    log.WriteLine($"Report written to {output}");
    Console.Out.Write(markdown);
    return 0;
}
catch (BenchmarkFailedException ex)
{
    log.WriteLine($"Benchmark failed: {ex.Message}");
    foreach (var line in ex.Output)
    {
        log.WriteLine($"  | {line}");
    }

    return 1;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    log.WriteLine("Benchmark cancelled.");
    return 130;
}
