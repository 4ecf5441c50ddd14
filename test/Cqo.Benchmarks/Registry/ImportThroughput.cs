using Cqo.Benchmarks.Infrastructure;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// Bulk import on the searched database, by the same host: new enterprises, then new people on the staff of
/// existing ones, each file uploaded as <c>municipal</c> and run by the host's job server. Run last, so that
/// neither the searches nor the query plans see the imported rows or the job's load.
/// </summary>
internal static class ImportThroughput
{
    /// <summary>The target, from the start of the upload to the batch completed.</summary>
    public const double TargetRowsPerSecond = 5_000;

    // A fixed seed of its own: which enterprise each person joins does not depend on the search measurements.
    private const int StaffSeed = 20_261_128;

    public static async Task<ImportResults> MeasureAsync(
        BenchContext context, RegistryOptions options, BenchDatabase database, GeneratedData data, RunningApp host, string accessToken)
    {
        var cancellationToken = context.CancellationToken;
        var rows = options.ImportRows;
        // Drawn before the first import, so that people join enterprises the generator made.
        var employers = await ImportFiles.ActiveUsccsAsync(database.DataSource, rows, cancellationToken);

        context.Log.WriteLine($"  import: {rows:N0} new enterprises (CSV upload as municipal, job server)...");
        var enterprisesFile = await ImportFiles.EnterprisesAsync(data, rows, database.DataSource, cancellationToken);
        var enterprises = await ImportRun.RunAsync(
            host, accessToken, "Enterprises", enterprisesFile, rows, data.Step(GenerationStep.Enterprises), Timeout(rows), cancellationToken);
        Log(context, enterprises);

        context.Log.WriteLine($"  import: {rows:N0} new people, each joining one of {employers.Count:N0} existing enterprises...");
        var peopleFile = ImportFiles.People(data.People, employers, rows, new Random(StaffSeed));
        var people = await ImportRun.RunAsync(
            host, accessToken, "People", peopleFile, rows, data.Step(GenerationStep.People), Timeout(rows), cancellationToken);
        Log(context, people);
        return new ImportResults([enterprises, people], employers.Count);
    }

    // A tenth of the target rate: a slow import shows as a FAIL in the report rather than aborting the run, and a
    // stuck one still ends within minutes.
    private static TimeSpan Timeout(int rows) => TimeSpan.FromSeconds(Math.Max(120, rows / (TargetRowsPerSecond / 10)));

    private static void Log(BenchContext context, ImportResult result) => context.Log.WriteLine(
        $"    done in {result.Total.TotalSeconds:F1} s: {result.RowsPerSecond:N0} rows/s (COPY {result.Copy.RowsPerSecond:N0} rows/s)");
}

/// <summary>The imports in the order they ran, and how many enterprises the people were spread over.</summary>
internal sealed record ImportResults(IReadOnlyList<ImportResult> Imports, int Employers);
