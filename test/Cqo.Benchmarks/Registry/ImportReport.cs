using System.Globalization;
using System.Text;

namespace Cqo.Benchmarks.Registry;

/// <summary>Renders the import throughput sub-section: each import against the target, then where its time went.</summary>
internal static class ImportReport
{
    public static void Render(StringBuilder md, RegistryOptions options, ImportResults results)
    {
        md.AppendLine();
        md.AppendLine("### Import throughput");
        md.AppendLine();
        Line(md, $"Target: **≥ {ImportThroughput.TargetRowsPerSecond:N0} rows/s** from the start of the upload to the batch seen completed. Same host process and database, after the searches and the query plans: one CSV file of {options.ImportRows:N0} new enterprises (generated like the stored ones, codes not yet registered, districts and divisions as codes), then one of {options.ImportRows:N0} new people (new resident IDs), each on the staff of an enterprise drawn at random from {results.Employers:N0} existing active ones, each with the templates' Chinese headers, uploaded as `municipal` (`POST /api/registry/imports`, all-or-nothing) and run by the host's job server (2 workers, queue polled every second); the batch is polled every 0.2 s. Baseline: the generator's binary COPY into the same table in this run (people: encrypted, hashed and masked like the import does); the ratio is for information only.");
        md.AppendLine();
        md.AppendLine("| Import | Rows | File (MiB) | Upload → completed (s) | Rows/s | ≥ 5,000 rows/s | COPY (rows/s) | Import / COPY |");
        md.AppendLine("|---|---:|---:|---:|---:|:---:|---:|---:|");
        foreach (var r in results.Imports)
        {
            Line(md, $"| {r.Kind} | {r.Rows:N0} | {r.FileBytes / 1024.0 / 1024.0:F1} | {r.Total.TotalSeconds:F1} | {r.RowsPerSecond:N0} | {Verdict(r.RowsPerSecond >= ImportThroughput.TargetRowsPerSecond)} | {r.Copy.RowsPerSecond:N0} | {r.RowsPerSecond / r.Copy.RowsPerSecond:F2} |");
        }

        md.AppendLine();
        md.AppendLine("Where the time went (s): the upload's round trip (file stored, batch recorded, job queued); from the batch recorded to validation started (a worker picking the job up, reference codes loaded, rows counted); validation and insertion as the host's own log line times them; the rest is the last poll and the file's removal.");
        md.AppendLine();
        md.AppendLine("| Import | Upload | Queued and prepared | Validation | Insertion | Rest |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results.Imports)
        {
            // Clamped: the server's timestamps and the client's stopwatch may disagree by a few milliseconds.
            var rest = r.Queued is { } q && r.Validating is { } v && r.Inserting is { } i
                ? Seconds(TimeSpan.FromTicks(Math.Max(0, (r.Total - r.Upload - q - v - i).Ticks)))
                : "n/a";
            Line(md, $"| {r.Kind} | {Seconds(r.Upload)} | {Seconds(r.Queued)} | {Seconds(r.Validating)} | {Seconds(r.Inserting)} | {rest} |");
        }
    }

    private static string Seconds(TimeSpan? span) => span is { } s ? s.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) : "n/a";

    private static string Verdict(bool pass) => pass ? "PASS" : "**FAIL**";

    private static void Line(StringBuilder md, FormattableString text) => md.AppendLine(text.ToString(CultureInfo.InvariantCulture));
}
