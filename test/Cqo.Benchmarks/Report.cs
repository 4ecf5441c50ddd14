using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Cqo.Benchmarks;

/// <summary>Runs the sections in order and assembles the markdown report around them.</summary>
internal static class Report
{
    public static async Task<string> RunAsync(BenchContext context, IReadOnlyList<IBenchmarkSection> sections)
    {
        var markdown = new StringBuilder();
        markdown.AppendLine("# Benchmarks");
        markdown.AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        // Machine facts, because the absolute figures mean nothing without them (the ratios travel better).
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- Processors: {Environment.ProcessorCount}");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- .NET: {RuntimeInformation.FrameworkDescription}");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- Runs per subject: {context.Runs} (after 1 discarded warm-up run), Release build");

        foreach (var section in sections)
        {
            context.Log.WriteLine($"== {section.Name}");
            var body = await section.RunAsync(context);
            markdown.AppendLine();
            markdown.AppendLine(CultureInfo.InvariantCulture, $"## {section.Name}");
            markdown.AppendLine();
            markdown.AppendLine(body.TrimEnd());
        }

        return markdown.ToString();
    }

    /// <summary>Overwrites the report file, creating its folder.</summary>
    public static async Task WriteAsync(string path, string markdown, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await File.WriteAllTextAsync(path, markdown, cancellationToken);
    }
}
