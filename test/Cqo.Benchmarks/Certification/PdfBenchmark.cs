using System.Diagnostics;
using Cqo.Certification.Application.Credentials;
using Cqo.Certification.Application.Documents;
using Microsoft.Extensions.Options;

namespace Cqo.Benchmarks.Certification;

/// <summary>One way of rendering: <see cref="Threads"/> at once, batches of <see cref="Pdfs"/>, each batch's wall-clock time and every render's own.</summary>
internal sealed record PdfRun(string Mode, int Threads, int Pdfs, IReadOnlyList<TimeSpan> Batches, IReadOnlyList<double> Milliseconds, long Bytes)
{
    /// <summary>PDFs per second of the median batch.</summary>
    public double PerSecond => Pdfs / Statistics.Median(Batches.Select(b => b.TotalSeconds));

    public double AverageKilobytes => Bytes / 1024.0 / (Pdfs * Batches.Count);
}

/// <summary>The renderer's figures: one thread, then every core, and what the font is.</summary>
internal sealed record PdfResults(PdfRun Single, PdfRun Parallel, int Warmup, string FontPath);

/// <summary>
/// The printable certificate in-process, as the host draws it for a download or a course's zip
/// (<see cref="CertificatePdf"/>: one A4 landscape page, the font's used glyphs embedded, a QR code to the public
/// check): generated certificates, a warm-up first (JIT, font loading), then <c>Runs</c> batches on one thread and
/// as many on every core. No baseline: the figure is what one server can print.
/// </summary>
internal static class PdfBenchmark
{
    private const int Warmup = 10;
    private const string BaseUrl = "https://cqo.example.gov.cn";

    public static async Task<PdfResults> MeasureAsync(BenchContext context, CertificationOptions options, CertificatePlan plan)
    {
        var documentOptions = new DocumentOptions();
        var pdf = new CertificatePdf(Options.Create(documentOptions));
        var random = new Random(42);
        var documents = Enumerable.Range(0, options.Pdfs).Select(_ => Document(plan, random.Next(plan.Count))).ToArray();
        context.Log.WriteLine($"  PDF: warming up ({Warmup} renders)...");
        for (var i = 0; i < Warmup; i++)
        {
            pdf.Render(documents[i % documents.Length]);
        }

        context.Log.WriteLine($"  PDF: {context.Runs} batches of {options.Pdfs} on one thread...");
        var single = await Task.Run(() => Measure("One thread", 1, pdf, documents, context), context.CancellationToken);
        context.Log.WriteLine($"    {single.PerSecond:F1} PDFs/s");
        var threads = Environment.ProcessorCount;
        context.Log.WriteLine($"  PDF: {context.Runs} batches of {options.Pdfs} on {threads} threads...");
        var parallel = await Task.Run(() => Measure($"All cores ({threads} threads)", threads, pdf, documents, context), context.CancellationToken);
        context.Log.WriteLine($"    {parallel.PerSecond:F1} PDFs/s");
        return new PdfResults(single, parallel, Warmup, documentOptions.FontPath);
    }

    private static PdfRun Measure(string mode, int threads, CertificatePdf pdf, CertificateDocument[] documents, BenchContext context)
    {
        var batches = new List<TimeSpan>();
        var milliseconds = new double[documents.Length * context.Runs];
        long bytes = 0;
        for (var run = 0; run < context.Runs; run++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var offset = run * documents.Length;
            var batch = Stopwatch.StartNew();
            Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = context.CancellationToken }, i =>
            {
                var started = Stopwatch.GetTimestamp();
                var rendered = pdf.Render(documents[i]);
                milliseconds[offset + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Interlocked.Add(ref bytes, rendered.Length);
            });
            batches.Add(batch.Elapsed);
        }

        return new PdfRun(mode, threads, documents.Length, batches, milliseconds, bytes);
    }

    private static CertificateDocument Document(CertificatePlan plan, int index)
    {
        var c = plan.Certificates[index];
        var holder = plan.HolderOf(c.Holder);
        var number = plan.Number(index);
        return new CertificateDocument(
            number, holder.Name, holder.IdNumberMasked, c.Course >= 0 ? plan.Courses[c.Course].Title : "企业首席质量官任职培训（集中考核）", CertificatePlan.IssuerName,
            c.IssuedOn, c.ValidUntil, c.Status, CredentialUrls.Verify(BaseUrl, number));
    }
}
